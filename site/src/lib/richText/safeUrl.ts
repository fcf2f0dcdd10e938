import { hasScheme, LINK_SCHEMES } from "@patient-ed/content";

/**
 * The link target if the contract's link rule accepts it (an absolute https, mailto or tel URL with no whitespace and
 * no credentials), else null. Validation already refuses every other link; this is the renderer's second line, so a
 * document that reaches it some other way still cannot put a javascript: or data: URL on a page. The URL is
 * re-serialised by the WHATWG parser, so what is written is what a browser would follow.
 */
export function safeExternalUrl(href: unknown): string | null {
  if (typeof href !== "string" || !hasScheme(href, LINK_SCHEMES)) return null;
  return new URL(href).href;
}
