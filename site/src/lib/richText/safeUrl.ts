const ALLOWED_PROTOCOLS = new Set(["https:", "mailto:", "tel:"]);

/**
 * The link target if it is an absolute https, mailto or tel URL, else null.
 * Parsing with URL (rather than matching a prefix) defeats mixed case,
 * embedded whitespace and control characters: "JaVa\tScRiPt:" parses as the
 * javascript: protocol and is refused. Anything that is not a well-formed
 * absolute URL (entity-encoded tricks included) is refused too.
 */
export function safeExternalUrl(href: unknown): string | null {
  if (typeof href !== "string") return null;
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : null;
}
