import type { Article } from "../schemas/article.ts";
import type { Faq } from "../schemas/faq.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { streamSiteContent, type SiteFrame } from "./streamSiteContent.ts";

/** Everything the site shows, validated. */
export interface SiteContent extends SiteFrame {
  articles: Article[];
  faqs: Faq[];
}

/**
 * Reads all published content through the source and validates it, all at
 * once. Throws one ContentError listing every invalid document when anything
 * is wrong: nothing unvalidated reaches a page. For a whole site, prefer
 * streamSiteContent, which never holds every article at once.
 */
export async function loadSiteContent(source: ContentSource): Promise<SiteContent> {
  const articles: Article[] = [];
  const faqs: Faq[] = [];
  const frame = await streamSiteContent(source, () => ({
    article: (doc) => articles.push(doc),
    faq: (doc) => faqs.push(doc),
  }));
  return { ...frame, articles, faqs };
}
