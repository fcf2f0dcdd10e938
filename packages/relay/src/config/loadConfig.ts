import { ConfigError, quoteValue, readInteger, readOptional, type Env } from "./env.ts";
import { loadGithubConfig, type GithubConfig } from "./githubConfig.ts";
import { loadLocalConfig, type LocalConfig } from "./localConfig.ts";
import { collectSecretValues } from "./secrets.ts";
import { readWebhookSecret } from "./webhookSecret.ts";

export interface RelayConfig {
  secret: string;
  host: string;
  port: number;
  target: GithubConfig | LocalConfig;
  /** Every value to scrub from logs and build output. */
  secrets: readonly string[];
}

/** Reads everything up front so a bad setting stops the process before it listens. */
export function loadConfig(env: Env, baseDir: string = env.INIT_CWD ?? process.cwd()): RelayConfig {
  const secret = readWebhookSecret(env);
  const targetName = readOptional(env, "RELAY_TARGET");
  let target: GithubConfig | LocalConfig;
  if (targetName === "github") target = loadGithubConfig(env);
  else if (targetName === "local") target = loadLocalConfig(env, baseDir);
  else throw new ConfigError("RELAY_TARGET", `must be "github" or "local", got ${quoteValue(env, targetName ?? "")}`);

  const explicit = target.kind === "github" ? [secret, target.token] : [secret];
  return {
    secret,
    host: readOptional(env, "RELAY_HOST") ?? "127.0.0.1",
    // 0 asks the OS for a free port; the startup log line says which.
    port: readInteger(env, "RELAY_PORT", 8787, 0, 65535),
    target,
    secrets: collectSecretValues(env, explicit),
  };
}
