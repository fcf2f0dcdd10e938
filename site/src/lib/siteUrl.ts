import { EnvReader, type Env } from "@patient-ed/env";

/** The documented default, used when SITE_URL is not set (local builds and tests). */
export const DEFAULT_SITE_URL = "http://localhost:4321";

/**
 * The canonical origin of the published site, from SITE_URL. Canonical links,
 * Open Graph URLs, the sitemap and the feed are all built from it.
 */
export function siteUrl(env: Env): string {
  const reader = new EnvReader(env);
  const url = reader.url("SITE_URL", ["https:", "http:"]);
  reader.check();
  const href = url?.href ?? `${DEFAULT_SITE_URL}/`;
  return href.endsWith("/") ? href : `${href}/`;
}

/** The path the site is served under: "/" on its own domain, "/repo/" on a GitHub Pages project site. */
export function basePath(site: string): string {
  return new URL(site).pathname.replace(/\/?$/, "/");
}
