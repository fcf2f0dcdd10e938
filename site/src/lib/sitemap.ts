import { limitFromEnv, type Env } from "./envLimit.ts";

export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO date or date-time of the last change, when known. */
  lastmod?: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** sitemaps.org allows at most 50,000 URLs in one sitemap file; past that, a sitemap index lists several. */
export const SITEMAP_MAX_URLS = 50_000;

function lastmodXml(lastmod: string | undefined): string {
  return lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : "";
}

/** A sitemaps.org urlset. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url><loc>${escapeXml(entry.loc)}</loc>${lastmodXml(entry.lastmod)}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The newest of several ISO timestamps (they sort as strings). */
export function newest(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}

/** A sitemaps.org sitemap index: each entry is a sitemap file, with the newest change it lists. */
export function sitemapIndexXml(sitemaps: readonly SitemapEntry[]): string {
  const items = sitemaps.map(
    (entry) => `<sitemap><loc>${escapeXml(entry.loc)}</loc>${lastmodXml(entry.lastmod)}</sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/**
 * URLs per sitemap file: the sitemaps.org limit, or fewer with
 * SITEMAP_MAX_URLS (for tests, and crawlers that want smaller files).
 */
export function sitemapMaxUrls(env: Env = process.env): number {
  return limitFromEnv(env, "SITEMAP_MAX_URLS", SITEMAP_MAX_URLS);
}
