import { reportConfigErrorAndExit } from "@patient-ed/env";
import { loadConfig, type RelayConfig } from "./config/loadConfig.ts";
import { createRelayHandler } from "./handler.ts";
import { createLogger } from "./logger.ts";
import { serveRelay } from "./nodeServer.ts";
import { createTargetFromConfig } from "./targets/createTarget.ts";
import { sanitySignoffBackend } from "./signoff/signoffBackend.ts";
import type { Target } from "./targets/target.ts";

// Node entry point: `pnpm relay` (pnpm --filter @patient-ed/relay start).
let config: RelayConfig;
try {
  config = loadConfig(process.env);
} catch (error) {
  // Fail fast, naming every variable to fix, before listening for webhooks we could not act on.
  reportConfigErrorAndExit(error, "relay");
}

const logger = createLogger({ secrets: config.secrets });
let target: Target;
try {
  target = await createTargetFromConfig(config, logger, process.env);
} catch (error) {
  console.error(`relay: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const signoff = config.signoff && {
  backend: sanitySignoffBackend(config.signoff.sanity),
  key: config.signoff.key,
  reviewers: config.signoff.reviewers,
  ...(config.signoff.allowedOrigin && { allowedOrigin: config.signoff.allowedOrigin }),
};
const handler = createRelayHandler({ secret: config.secret, target, logger, ...(signoff && { signoff }) });
const server = await serveRelay({ handler, port: config.port, host: config.host, logger });
const where =
  config.target.kind === "github"
    ? { repository: `${config.target.owner}/${config.target.repo}`, apiUrl: config.target.apiUrl }
    : {
        serveDir: config.target.serveDir,
        releasesDir: config.target.releasesDir,
        buildCommand: config.target.buildCommand,
      };
logger.info("relay listening", {
  url: server.url,
  target: target.name,
  ...where,
  signoff: config.signoff ? `on, signing with ${config.signoff.key.keyId}` : "off (SIGNOFF_PRIVATE_KEY is not set)",
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info("relay stopping", { signal });
  await server.close();
  await target.close?.();
  process.exit(0);
}
process.once("SIGINT", () => void stop("SIGINT"));
process.once("SIGTERM", () => void stop("SIGTERM"));
