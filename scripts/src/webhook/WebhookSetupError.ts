/**
 * A failure the person running `pnpm webhook:create` can act on. The command prints only its
 * message (no stack), so every message must be complete and must never contain the token or secret.
 */
export class WebhookSetupError extends Error {
  override name = "WebhookSetupError";
}
