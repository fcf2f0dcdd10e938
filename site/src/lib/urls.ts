import { DOCUMENT_PATHS, LIST_PATHS } from "@patient-ed/content";

/**
 * The base path the site is served under: "/" on its own domain, or
 * "/repo/" on a GitHub Pages project site. Astro derives it from SITE_URL.
 */
const BASE = (import.meta.env?.BASE_URL ?? "/").replace(/\/?$/, "/");

/** A root-relative address under the base path. */
export function sitePath(path: string): string {
  return `${BASE}${path.replace(/^\//, "")}`;
}

/** A path under the base path, as seen from the site's root: "/repo/faq/" becomes "/faq/". */
export function rootRelative(path: string): string {
  return path.startsWith(BASE) ? `/${path.slice(BASE.length)}` : path;
}

/** Every page address on the site, in one place. All end in a slash (trailingSlash: "always"). */
export const urls = {
  home: () => sitePath("/"),
  article: (slug: string) => sitePath(DOCUMENT_PATHS.article(slug)),
  articles: () => sitePath(LIST_PATHS.article),
  /** Page 1 of the article list is /articles/ itself. */
  articlesPage: (page: number) =>
    page === 1 ? sitePath(LIST_PATHS.article) : sitePath(`${LIST_PATHS.article}page/${page}/`),
  faqIndex: () => sitePath(LIST_PATHS.faq),
  faqPage: (page: number) => (page === 1 ? sitePath(LIST_PATHS.faq) : sitePath(`${LIST_PATHS.faq}page/${page}/`)),
  faq: (slug: string) => sitePath(DOCUMENT_PATHS.faq(slug)),
  person: (slug: string) => sitePath(DOCUMENT_PATHS.person(slug)),
  page: (slug: string) => sitePath(DOCUMENT_PATHS.page(slug)),
  search: () => sitePath("/search/"),
  /** The not-found page, for the draft preview's routes to rewrite to. */
  notFound: () => sitePath("/404/"),
  feed: () => sitePath("/rss.xml"),
  sitemap: () => sitePath("/sitemap.xml"),
  /** One part of a sitemap too big for one file (see sitemap.xml). */
  sitemapPart: (part: number) => sitePath(`/sitemaps/${part}.xml`),
};
