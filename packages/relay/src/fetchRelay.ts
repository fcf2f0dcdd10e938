import { EnvReader, type Env } from "@patient-ed/env";
import { loadGithubConfig } from "./config/githubConfig.ts";
import { readWebhookSecret } from "./config/webhookSecret.ts";
import { createRelayHandler, type RelayHandler } from "./handler.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createGithubTarget } from "./targets/github.ts";

export interface FetchRelayOptions {
  logger?: Logger;
  fetch?: typeof fetch;
}

/**
 * The whole relay from an env record, for fetch-style platforms (Workers,
 * Deno, Bun, Vercel/Netlify functions). Only the github target fits there:
 * the local target needs a shell and a disk. No Node module is imported.
 */
export function createFetchRelay(env: Env, options: FetchRelayOptions = {}): RelayHandler {
  const reader = new EnvReader(env);
  if ((reader.optional("RELAY_TARGET") ?? "github") !== "github")
    reader.problem("RELAY_TARGET", 'must be "github" on a fetch platform (the local target needs Node)');
  const secret = readWebhookSecret(reader);
  const github = loadGithubConfig(reader);
  reader.check();
  const logger = options.logger ?? createLogger({ secrets: [secret, github.token] });
  const target = createGithubTarget({ ...github, logger, ...(options.fetch ? { fetch: options.fetch } : {}) });
  return createRelayHandler({ secret, target, logger });
}
