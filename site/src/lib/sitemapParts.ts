import { paginate } from "./pagination.ts";
import { newest, sitemapMaxUrls, type SitemapEntry } from "./sitemap.ts";
import { sitePages, type SitePage } from "./sitemapEntries.ts";

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
