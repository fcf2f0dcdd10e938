import { readRequired, type Env } from "./env.ts";

/** The shared secret Sanity signs each delivery with; without it no request can be trusted. */
export function readWebhookSecret(env: Env): string {
  return readRequired(
    env,
    "SANITY_WEBHOOK_SECRET",
    "the secret configured on the Sanity webhook (sanity.io/manage → API → Webhooks → Secret)",
  );
}
