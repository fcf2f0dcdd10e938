import type { Env } from "@patient-ed/env";
import type { RelayConfig } from "../config/loadConfig.ts";
import type { Logger } from "../logger.ts";
import { createGithubTarget } from "./github.ts";
import { createLocalTarget } from "./local.ts";
import type { Target } from "./target.ts";

/** RELAY_TARGET picks one; the handler never needs to know which. */
export async function createTargetFromConfig(config: RelayConfig, logger: Logger, env: Env): Promise<Target> {
  const target = config.target;
  if (target.kind === "github") {
    return createGithubTarget({
      owner: target.owner,
      repo: target.repo,
      token: target.token,
      apiUrl: target.apiUrl,
      logger,
    });
  }
  // The build needs no webhook secret or relay token; it should not be able to leak them.
  const { SANITY_WEBHOOK_SECRET: _secret, RELAY_GITHUB_TOKEN: _token, ...buildEnv } = env;
  return createLocalTarget({
    serveDir: target.serveDir,
    releasesDir: target.releasesDir,
    buildCommand: target.buildCommand,
    buildCwd: target.buildCwd,
    debounceMs: target.debounceMs,
    buildTimeoutMs: target.buildTimeoutMs,
    env: buildEnv,
    secrets: config.secrets,
    logger,
    buildOnStart: true,
  });
}
