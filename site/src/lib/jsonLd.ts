/**
 * Serialises structured data for a <script type="application/ld+json">.
 * `<` is escaped so that text such as "</script>" in a title cannot end the
 * script element early; the JSON still parses to the same value.
 */
export function jsonLdHtml(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
