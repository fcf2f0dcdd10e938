/**
 * Everything the relay let out during a test (log lines, response bodies,
 * error messages, build output), each with where it came from, so a leak
 * assertion can say exactly where a secret escaped.
 */
export interface Evidence {
  add(where: string, text: string): void;
  readonly size: number;
  /** One entry per (place, fragment) found, with a little context; empty when nothing leaked. */
  leaks(fragments: readonly string[]): string[];
  /** Everything, joined, for positive checks (e.g. that redaction markers are there). */
  text(): string;
}

export function createEvidence(): Evidence {
  const items: { where: string; text: string }[] = [];
  return {
    add(where, text) {
      items.push({ where, text });
    },
    get size() {
      return items.length;
    },
    leaks(fragments) {
      const found: string[] = [];
      for (const { where, text } of items) {
        for (const fragment of fragments) {
          const at = text.indexOf(fragment);
          if (at === -1) continue;
          const context = text.slice(Math.max(0, at - 40), at + fragment.length + 40);
          found.push(`${where}: contains ${JSON.stringify(fragment)} in …${context}…`);
        }
      }
      return found;
    },
    text: () => items.map((item) => item.text).join("\n"),
  };
}

/**
 * A secret and the pieces of it worth looking for: a redaction that misses a
 * secret cut in two (line splits, truncation) leaks its start or its end.
 * Sentinels are `SENTINEL_<NAME>_<hex>`, so the prefix and the last ten
 * characters never occur in honest output.
 */
export function leakFragments(secrets: readonly string[]): string[] {
  const fragments = new Set<string>();
  for (const secret of secrets) {
    fragments.add(secret);
    fragments.add(secret.slice(0, 8));
    fragments.add(secret.slice(-10));
  }
  return [...fragments];
}

/** An error as a string, with its cause: everything a caller could print. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? "" : ` (cause: ${errorText(error.cause)})`;
  return `${error.name}: ${error.message}${cause}`;
}
