import type { EnvReader } from "@patient-ed/env";

/** The shared secret Sanity signs each delivery with; without it no request can be trusted. */
export function readWebhookSecret(env: EnvReader): string {
  return env.required(
    "SANITY_WEBHOOK_SECRET",
    "the secret configured on the Sanity webhook (sanity.io/manage → API → Webhooks → Secret)",
  );
}
