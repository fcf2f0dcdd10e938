import { EnvReader, type Env } from "@patient-ed/env";

export const DEFAULT_API_HOST = "https://api.sanity.io";

export interface WebhookConfig {
  projectId: string;
  dataset: string;
  /** A token with permission to manage the project's webhooks (not the site's read token). */
  managementToken: string;
  /** Shared with the relay, which rejects deliveries whose signature does not match it. */
  secret: string;
  /** The relay's public https endpoint, which Sanity calls. */
  relayUrl: string;
  /** Origin of Sanity's API; overridable so tests can point it at a local server. */
  apiHost: string;
}

/**
 * Reads and checks the environment before anything is sent, naming every
 * missing or wrong variable at once (ConfigError), one line each.
 */
export function readWebhookConfig(env: Env): WebhookConfig {
  const reader = new EnvReader(env);
  const projectId = reader.required("SANITY_PROJECT_ID", "the Sanity project id (sanity.io/manage)");
  const dataset = reader.required("SANITY_DATASET", "the dataset the site is built from, e.g. production");
  const managementToken = reader.required(
    "SANITY_MANAGEMENT_TOKEN",
    "a token that may manage the project's webhooks (sanity.io/manage → API → Tokens)",
  );
  const secret = reader.required("SANITY_WEBHOOK_SECRET", "the same secret the relay is started with");
  const relayUrl = reader.required("RELAY_URL", "the relay's public https address, e.g. https://relay.example.org/");
  // Sanity signs each delivery with the secret; over plain http the payload and signature could be read or
  // replayed on the way, so the relay must be reached over https.
  if (relayUrl) reader.url("RELAY_URL", ["https:"]);
  const apiHost = reader.url("SANITY_API_HOST", ["https:", "http:"])?.origin ?? DEFAULT_API_HOST;
  reader.check();
  // RELAY_URL as given (already checked), so the hook points exactly where the operator said.
  return { projectId, dataset, managementToken, secret, relayUrl: relayUrl.trim(), apiHost };
}
