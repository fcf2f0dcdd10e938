// Node-only API: the HTTP server, the local build target and config for both targets.
export { loadConfig, type RelayConfig } from "./config/loadConfig.ts";
export { DEFAULT_BUILD_COMMAND, loadLocalConfig, type LocalConfig } from "./config/localConfig.ts";
export {
  DEFAULT_SERVER_TIMEOUTS,
  serveRelay,
  type RelayServer,
  type RelayServerOptions,
  type RelayServerTimeouts,
} from "./nodeServer.ts";
export { createTargetFromConfig } from "./targets/createTarget.ts";
export {
  createLocalTarget,
  type BuildError,
  type BuildState,
  type LocalStatus,
  type LocalTarget,
  type LocalTargetOptions,
} from "./targets/local.ts";
