import { limitFromEnv, type Env } from "./envLimit.ts";
import { paginate } from "./pagination.ts";
import { newest, SITEMAP_MAX_URLS, type SitemapEntry } from "./sitemap.ts";
import { sitePages, type SitePage } from "./sitemapEntries.ts";

/**
 * URLs per sitemap file: the sitemaps.org limit, or fewer with
 * SITEMAP_MAX_URLS (for tests, and crawlers that want smaller files).
 */
export function sitemapMaxUrls(env: Env = process.env): number {
  return limitFromEnv(env, "SITEMAP_MAX_URLS", SITEMAP_MAX_URLS);
}

/** The site's pages split into sitemap files: one part when they fit in one file. */
export async function sitemapParts(): Promise<SitePage[][]> {
  return paginate(await sitePages(), sitemapMaxUrls());
}

export function absoluteEntries(pages: readonly SitePage[], origin: URL): SitemapEntry[] {
  return pages.map((page) => ({
    loc: new URL(page.path, origin).href,
    ...(page.lastmod && { lastmod: page.lastmod }),
  }));
}

/** The newest change among a part's pages, for the sitemap index. */
export function partLastmod(pages: readonly SitePage[]): string | undefined {
  return newest(pages.flatMap((page) => page.lastmod ?? []));
}

const XML = { "Content-Type": "application/xml; charset=utf-8" };

export function xmlResponse(body: string): Response {
  return new Response(body, { headers: XML });
}
