import { SITE } from "../lib/site.ts";
import type { APIRoute } from "astro";
import { sitemapIndexXml, sitemapXml } from "../lib/sitemap.ts";
import { absoluteEntries, partLastmod, sitemapParts, xmlResponse } from "../lib/sitemapParts.ts";
import { urls } from "../lib/urls.ts";

/**
 * Every public page with the time its content last changed; past 50,000
 * pages (the sitemaps.org limit), an index of the sitemap files under
 * /sitemaps/ that list them.
 */
export const GET: APIRoute = async () => {
  const origin = SITE;
  const parts = await sitemapParts();
  if (parts.length === 1) return xmlResponse(sitemapXml(absoluteEntries(parts[0] ?? [], origin)));
  return xmlResponse(
    sitemapIndexXml(
      parts.map((pages, index) => ({
        loc: new URL(urls.sitemapPart(index + 1), origin).href,
        ...(partLastmod(pages) && { lastmod: partLastmod(pages) }),
      })),
    ),
  );
};
