import type { Env } from "./env.ts";

/**
 * Variables whose values must never reach a log line or the status endpoint.
 * Besides the relay's own secrets, the build inherits the environment (it may
 * need a Sanity read token), so anything that looks like a credential counts.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|CREDENTIAL/i;

export function collectSecretValues(env: Env, explicit: readonly string[] = []): string[] {
  const values = new Set(explicit);
  for (const [name, value] of Object.entries(env)) {
    if (value && SECRET_NAME.test(name)) values.add(value);
  }
  return [...values];
}
