import { WebhookSetupError } from "./WebhookSetupError.ts";

/** Every variable the command needs, in the order they are reported when missing. */
export const REQUIRED_ENV = [
  "SANITY_PROJECT_ID",
  "SANITY_DATASET",
  "SANITY_MANAGEMENT_TOKEN",
  "SANITY_WEBHOOK_SECRET",
  "RELAY_URL",
] as const;

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

type Env = Readonly<Record<string, string | undefined>>;

function parseUrl(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new WebhookSetupError(`${name} must be an absolute URL, not "${value}"`);
  }
}

/**
 * Reads and checks the environment before anything is sent, naming every missing variable at
 * once so a first run does not fail one variable at a time.
 */
export function readWebhookConfig(env: Env): WebhookConfig {
  const value = (name: string) => env[name]?.trim() ?? "";
  const missing = REQUIRED_ENV.filter((name) => value(name) === "");
  if (missing.length > 0) {
    throw new WebhookSetupError(`Missing environment variable(s): ${missing.join(", ")}`);
  }

  // Sanity signs each delivery with the secret; over plain http the payload and signature
  // could be read or replayed on the way, so the relay must be reached over https.
  const relayUrl = parseUrl("RELAY_URL", value("RELAY_URL"));
  if (relayUrl.protocol !== "https:") {
    throw new WebhookSetupError(`RELAY_URL must be an https URL, not "${relayUrl.href}"`);
  }

  const apiHost = parseUrl("SANITY_API_HOST", value("SANITY_API_HOST") || DEFAULT_API_HOST);

  return {
    projectId: value("SANITY_PROJECT_ID"),
    dataset: value("SANITY_DATASET"),
    managementToken: value("SANITY_MANAGEMENT_TOKEN"),
    secret: value("SANITY_WEBHOOK_SECRET"),
    // As given (already checked), so the hook points exactly where the operator said.
    relayUrl: value("RELAY_URL"),
    apiHost: apiHost.origin,
  };
}
