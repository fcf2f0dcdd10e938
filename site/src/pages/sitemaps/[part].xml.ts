import { SITE } from "../../lib/site.ts";
import type { APIRoute, GetStaticPaths } from "astro";
import { sitemapXml } from "../../lib/sitemap.ts";
import { absoluteEntries, sitemapParts, xmlResponse } from "../../lib/sitemapParts.ts";
import type { SitePage } from "../../lib/sitemapEntries.ts";

/** The files a sitemap index lists, when the site has more pages than one sitemap may hold. */
export const getStaticPaths = (async () => {
  const parts = await sitemapParts();
  if (parts.length === 1) return [];
  return parts.map((pages, index) => ({ params: { part: String(index + 1) }, props: { pages } }));
}) satisfies GetStaticPaths;

interface Props {
  pages: SitePage[];
}

export const GET: APIRoute<Props> = ({ props }) => xmlResponse(sitemapXml(absoluteEntries(props.pages, SITE)));
