import { selectSource, type SourceSelection } from "@patient-ed/content/node";
import { ConfigError, EnvReader, type Env } from "@patient-ed/env";

export interface PreviewSettings {
  host: string;
  port: number;
  /** PREVIEW_SECRET: opens the preview (offline) and signs its session cookie. */
  secret: string;
  /** The Studio origins allowed to show the preview in a frame (its Presentation tool). */
  studioOrigins: string[];
  source: SourceSelection;
}

/** Long enough that guessing it is hopeless: `openssl rand -hex 32` gives 64 characters. */
const MIN_SECRET_LENGTH = 32;

/**
 * The preview server's settings. It refuses to start without PREVIEW_SECRET, and with a Content Lake without a
 * token that may read drafts (SANITY_API_READ_TOKEN, a Viewer token). Every problem is listed at once.
 */
export function previewSettings(env: Env): PreviewSettings {
  const reader = new EnvReader(env);
  const secret = reader.required("PREVIEW_SECRET", "set it to a long random value, e.g. `openssl rand -hex 32`");
  if (secret && secret.length < MIN_SECRET_LENGTH)
    reader.problem("PREVIEW_SECRET", `must be at least ${MIN_SECRET_LENGTH} characters: use \`openssl rand -hex 32\``);
  const host = reader.optional("PREVIEW_HOST") ?? "127.0.0.1";
  // 0 asks the system for any free port (the tests do); the address is printed at start.
  const port = reader.integer("PREVIEW_PORT", { fallback: 4322, min: 0, max: 65_535 });
  // Where editors open the Studio (its Presentation tool frames the preview); `sanity dev` serves it on :3333.
  const studio = reader.url("PREVIEW_STUDIO_URL", ["https:", "http:"]);
  let source: SourceSelection | undefined;
  try {
    source = selectSource(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const problem of error.problems) reader.problem(problem.variable, problem.problem);
  }
  if (source?.kind === "content-lake" && !source.token)
    reader.problem(
      "SANITY_API_READ_TOKEN",
      "is required with a Content Lake: the drafts perspective needs a token that may read drafts (a Viewer token)",
    );
  reader.check();
  return {
    host,
    port,
    secret: secret ?? "",
    studioOrigins: [studio?.origin ?? "http://localhost:3333"],
    source: source ?? { kind: "embedded", path: "" },
  };
}
