/** The documented default, used when SITE_URL is not set (local builds and tests). */
export const DEFAULT_SITE_URL = "http://localhost:4321";

/**
 * The canonical origin of the published site, from SITE_URL. Canonical links,
 * Open Graph URLs, the sitemap and the feed are all built from it.
 */
export function siteUrl(env: Readonly<Record<string, string | undefined>>): string {
  const value = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://example.org/, not "${value}"`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
