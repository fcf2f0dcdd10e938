/** The environment as a plain record, so it can come from process.env or a platform's bindings alike. */
export type Env = Readonly<Record<string, string | undefined>>;

export const REDACTED = "[redacted]";

/** Shorter values would mangle ordinary text; no real secret is this short. */
const MIN_SECRET_LENGTH = 4;

/**
 * Variables whose values must never reach a log line, a status page or an
 * error message: anything named like a credential.
 */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|API_KEY|CREDENTIAL/i;

/** Every secret value in the environment, with any the caller knows of besides. */
export function collectSecretValues(env: Env, explicit: readonly string[] = []): string[] {
  const values = new Set(explicit);
  for (const [name, value] of Object.entries(env)) if (value && SECRET_NAME.test(name)) values.add(value);
  return [...values];
}

/**
 * Replaces every occurrence of each secret, raw and JSON-escaped (a secret
 * with a quote or backslash appears escaped inside a serialized log line).
 * Longest first, so a secret that contains another is removed whole.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let result = text;
  const ordered = secrets.filter((secret) => secret.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  for (const secret of ordered) {
    result = result.replaceAll(secret, REDACTED);
    const escaped = JSON.stringify(secret).slice(1, -1);
    if (escaped !== secret) result = result.replaceAll(escaped, REDACTED);
  }
  return result;
}
