export const REDACTED = "[redacted]";

/** Shorter values would mangle ordinary text; no real secret is this short. */
const MIN_SECRET_LENGTH = 4;

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
