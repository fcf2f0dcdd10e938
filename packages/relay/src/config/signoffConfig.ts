import type { EnvReader } from "@patient-ed/env";
import { signingKey, type SigningKey } from "@patient-ed/content";
import type { SanityBackendConfig } from "../signoff/signoffBackend.ts";

export interface SignoffConfig {
  key: SigningKey;
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
  const apiHost = env.url("SANITY_API_HOST", ["https:", "http:"])?.href.replace(/\/$/, "");
  const allowedOrigin = env.url("SIGNOFF_ALLOWED_ORIGIN", ["https:", "http:"])?.origin;
  if (!key) return undefined;
  return {
    key,
    sanity: { projectId, dataset, token, ...(apiHost && { apiHost }) },
    ...(allowedOrigin && { allowedOrigin }),
  };
}
