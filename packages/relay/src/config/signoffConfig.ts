import type { EnvReader } from "@patient-ed/env";
import { signingKey, type SigningKey } from "@patient-ed/content";
import type { SanityBackendConfig } from "../signoff/signoffBackend.ts";

export interface SignoffConfig {
  key: SigningKey;
  /** Person document id to the Sanity user id who signs for them. */
  reviewers: Map<string, string>;
  sanity: SanityBackendConfig;
  allowedOrigin?: string;
}

/**
 * The clinical sign-off endpoint, on when SIGNOFF_PRIVATE_KEY is set: it then needs the Content Lake to read and
 * write (SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_WRITE_TOKEN; SANITY_API_HOST for a stand-in) and usually
 * the Studio's origin (SIGNOFF_ALLOWED_ORIGIN) so the Studio may call it. Every problem is named at once.
 */
export function loadSignoffConfig(env: EnvReader): SignoffConfig | undefined {
  const privateKey = env.optional("SIGNOFF_PRIVATE_KEY");
  if (privateKey === undefined) return undefined;
  let key: SigningKey | undefined;
  try {
    key = signingKey(privateKey);
  } catch (error) {
    env.problem("SIGNOFF_PRIVATE_KEY", `${(error as Error).message}: make one with pnpm signoff:keygen`);
  }
  const need = "the sign-off endpoint (on because SIGNOFF_PRIVATE_KEY is set) reads and writes the Content Lake";
  const projectId = env.required("SANITY_PROJECT_ID", need);
  const dataset = env.required("SANITY_DATASET", need);
  const token = env.required("SANITY_API_WRITE_TOKEN", `${need} (an Editor token)`);
  const reviewers = readReviewers(env);
  const apiHost = env.url("SANITY_API_HOST", ["https:", "http:"])?.href.replace(/\/$/, "");
  const allowedOrigin = env.url("SIGNOFF_ALLOWED_ORIGIN", ["https:", "http:"])?.origin;
  if (!key) return undefined;
  return {
    key,
    reviewers,
    sanity: { projectId, dataset, token, ...(apiHost && { apiHost }) },
    ...(allowedOrigin && { allowedOrigin }),
  };
}

/**
 * SIGNOFF_REVIEWERS: `person-id=sanity-user-id`, comma-separated: the operator's list of who signs for which
 * reviewer. Kept on the relay because any editor can change documents, the person document included.
 */
function readReviewers(env: EnvReader): Map<string, string> {
  const raw = env.required(
    "SIGNOFF_REVIEWERS",
    "which Sanity user signs for which reviewer, as person-id=user-id pairs separated by commas",
  );
  const reviewers = new Map<string, string>();
  for (const pair of raw.split(",").filter((part) => part.trim() !== "")) {
    const [person, user, ...rest] = pair.split("=").map((part) => part.trim());
    if (!person || !user || rest.length > 0) {
      env.problem("SIGNOFF_REVIEWERS", `must be person-id=user-id pairs, not ${env.quote(pair.trim())}`);
      continue;
    }
    reviewers.set(person, user);
  }
  return reviewers;
}
