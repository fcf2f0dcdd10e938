import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * One real page of each kind the site builds, found in a built site, so the
 * weight report and the browser tests look at the same pages and follow the
 * content instead of naming slugs that editors may change.
 */
export interface PageSample {
  type: PageType;
  /** A human name for reports and test titles. */
  label: string;
  /** The page's path below the site's base path, as a visitor requests it. */
  path: string;
  /** The built HTML file, relative to the site folder. */
  file: string;
}

/** The editorial policy stands for every free-standing page (policy, accessibility statement…). */
const POLICY_SLUG = "editorial-policy";
/** The article search must find; preferred as the sample article when it exists. */
export const SAMPLE_ARTICLE_SLUG = "ketamine-therapy-and-neuroplasticity";

/** The first page folder below `section` (alphabetically), or `preferred` when it exists. */
function firstPage(dist: string, section: string, preferred?: string): string {
  const folder = join(dist, section);
  if (preferred && existsSync(join(folder, preferred, "index.html"))) return preferred;
  const slug = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "index.html")))
    .map((entry) => entry.name)
    .sort()[0];
  if (!slug) throw new Error(`The built site in ${dist} has no page under /${section}/.`);
  return slug;
}

/** Every kind of page, in the order reports list them. */
export const PAGE_TYPES = [
  "home",
  "article",
  "faqIndex",
  "faqEntry",
  "person",
  "policy",
  "search",
  "notFound",
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export const PAGE_LABELS: Record<PageType, string> = {
  home: "home",
  article: "article",
  faqIndex: "FAQ index",
  faqEntry: "FAQ entry",
  person: "person",
  policy: "policy",
  search: "search",
  notFound: "404",
};

const page = (type: PageType, path: string): PageSample => ({
  type,
  label: PAGE_LABELS[type],
  path,
  file: `${path.replace(/^\//, "")}index.html`,
});

export function samplePages(dist: string): Record<PageType, PageSample> {
  return {
    home: page("home", "/"),
    article: page("article", `/articles/${firstPage(dist, "articles", SAMPLE_ARTICLE_SLUG)}/`),
    faqIndex: page("faqIndex", "/faq/"),
    faqEntry: page("faqEntry", `/faq/${firstPage(dist, "faq")}/`),
    person: page("person", `/people/${firstPage(dist, "people")}/`),
    policy: page("policy", `/${POLICY_SLUG}/`),
    search: page("search", "/search/"),
    // Any address that is not a page gets the 404 page, with status 404.
    notFound: { type: "notFound", label: PAGE_LABELS.notFound, path: "/this-page-does-not-exist/", file: "404.html" },
  };
}
