// Platform-neutral API: nothing here imports a Node module, so it bundles for
// fetch-style platforms. Node-only pieces (server, local target, full config)
// are exported from "@patient-ed/relay/node".
export { ConfigError, type Env } from "@patient-ed/env";
export { loadGithubConfig, type GithubConfig } from "./config/githubConfig.ts";
export { readWebhookSecret } from "./config/webhookSecret.ts";
export { BodyTooLargeError, MalformedBodyError, readBodyText } from "./bodyReader.ts";
export { createFetchRelay, type FetchRelayOptions } from "./fetchRelay.ts";
export { createRelayHandler, DEFAULT_MAX_BODY_BYTES, type RelayHandler, type RelayHandlerOptions } from "./handler.ts";
export { createIdempotencyStore, type IdempotencyOptions, type IdempotencyStore } from "./idempotency.ts";
export { createLogger, silentLogger, type Logger, type LoggerOptions, type LogLevel } from "./logger.ts";
export { ignoreReason, parsePublishEvent, type Operation, type PublishEvent } from "./publishEvent.ts";
export { redactSecrets } from "@patient-ed/env";
export { checkSignature, DEFAULT_REPLAY_WINDOW, type ReplayWindow, type SignatureCheck } from "./signature.ts";
export {
  createGithubTarget,
  DISPATCH_EVENT_TYPE,
  GithubDispatchError,
  type GithubTargetOptions,
} from "./targets/github.ts";
export type { RetryPolicy } from "./targets/retry.ts";
export type { Target } from "./targets/target.ts";
export { sanitySignoffBackend, type SanityUser, type SignoffBackend } from "./signoff/signoffBackend.ts";
export type { SignoffEndpointOptions } from "./signoff/signoffEndpoint.ts";
