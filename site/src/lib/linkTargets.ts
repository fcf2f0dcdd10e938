import { urls } from "./urls.ts";

export interface LinkTarget {
  url: string;
  title: string;
}

/** Document id to page address, for every page the site builds. */
export type LinkTargets = ReadonlyMap<string, LinkTarget>;

/**
 * Internal links in rich text are references by id. They resolve against
 * the pages actually built, so a link to a page that is not on the site is
 * rendered as plain text instead of a broken link.
 */
export function buildLinkTargets(
  articles: readonly { _id: string; slug: string; title: string }[],
  faqs: readonly { _id: string; slug: string; question: string }[],
  pages: readonly { _id: string; slug: string; title: string }[],
): LinkTargets {
  const targets = new Map<string, LinkTarget>();
  for (const article of articles) targets.set(article._id, { url: urls.article(article.slug), title: article.title });
  for (const faq of faqs) targets.set(faq._id, { url: urls.faq(faq.slug), title: faq.question });
  for (const page of pages) targets.set(page._id, { url: urls.page(page.slug), title: page.title });
  return targets;
}
