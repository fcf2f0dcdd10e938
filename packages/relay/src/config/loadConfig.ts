import { collectSecretValues, EnvReader, type Env } from "@patient-ed/env";
import { loadGithubConfig, type GithubConfig } from "./githubConfig.ts";
import { loadLocalConfig, type LocalConfig } from "./localConfig.ts";
import { readWebhookSecret } from "./webhookSecret.ts";
import { loadSignoffConfig, type SignoffConfig } from "./signoffConfig.ts";

export interface RelayConfig {
  secret: string;
  host: string;
  port: number;
  target: GithubConfig | LocalConfig;
  /** The clinical sign-off endpoint, when SIGNOFF_PRIVATE_KEY is set. */
  signoff?: SignoffConfig;
  /** Every value to scrub from logs and build output. */
  secrets: readonly string[];
}

function loadTarget(env: EnvReader, baseDir: string): GithubConfig | LocalConfig | undefined {
  const name = env.optional("RELAY_TARGET");
  if (name === "github") return loadGithubConfig(env);
  if (name === "local") return loadLocalConfig(env, baseDir);
  env.problem(
    "RELAY_TARGET",
    name === undefined
      ? 'is required: "github" (ask GitHub Actions to rebuild) or "local" (build on this machine)'
      : `must be "github" or "local", not ${env.quote(name)}`,
  );
  return undefined;
}

/**
 * Reads everything up front so a bad setting stops the process before it
 * listens, with every missing or wrong variable named at once (ConfigError).
 */
export function loadConfig(env: Env, baseDir: string = env.INIT_CWD ?? process.cwd()): RelayConfig {
  const reader = new EnvReader(env);
  const secret = readWebhookSecret(reader);
  const target = loadTarget(reader, baseDir);
  const host = reader.optional("RELAY_HOST") ?? "127.0.0.1";
  // 0 asks the OS for a free port; the startup log line says which.
  const port = reader.integer("RELAY_PORT", { fallback: 8787, min: 0, max: 65535 });
  const signoff = loadSignoffConfig(reader);
  reader.check();
  if (!target) throw new Error("unreachable: a missing target is a configuration problem");
  const explicit = target.kind === "github" ? [secret, target.token] : [secret];
  return {
    secret,
    host,
    port,
    target,
    ...(signoff && { signoff }),
    secrets: collectSecretValues(env, explicit),
  };
}
