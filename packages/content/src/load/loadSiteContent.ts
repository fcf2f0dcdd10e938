import { ContentError, type ContentIssue } from "../errors/ContentError.ts";
import { articlesQuery, faqsQuery, pagesQuery, peopleQuery, siteSettingsQuery } from "../queries.ts";
import { articleSchema, type Article } from "../schemas/article.ts";
import { faqSchema, type Faq } from "../schemas/faq.ts";
import { pageSchema, type Page } from "../schemas/page.ts";
import { personSchema, type Person } from "../schemas/person.ts";
import { siteSettingsSchema, type SiteSettings } from "../schemas/siteSettings.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { findDuplicateSlugs } from "./findDuplicateSlugs.ts";
import { validateDocuments } from "./validateDocuments.ts";

/** Everything the site shows, validated. */
export interface SiteContent {
  settings: SiteSettings;
  articles: Article[];
  faqs: Faq[];
  people: Person[];
  pages: Page[];
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Reads all published content through the source and validates it. Throws
 * one ContentError listing every invalid document when anything is wrong:
 * nothing unvalidated reaches a page.
 */
export async function loadSiteContent(source: ContentSource): Promise<SiteContent> {
  const [rawSettings, rawArticles, rawFaqs, rawPeople, rawPages] = await Promise.all([
    source.fetch(siteSettingsQuery),
    source.fetch(articlesQuery),
    source.fetch(faqsQuery),
    source.fetch(peopleQuery),
    source.fetch(pagesQuery),
  ]);
  const issues: ContentIssue[] = [];
  const [settings] = validateDocuments(siteSettingsSchema, [rawSettings], "siteSettings", issues);
  for (const issue of issues) issue.documentId = "siteSettings";
  const articles = validateDocuments(articleSchema, asArray(rawArticles), "article", issues);
  const faqs = validateDocuments(faqSchema, asArray(rawFaqs), "faq", issues);
  const people = validateDocuments(personSchema, asArray(rawPeople), "person", issues);
  const pages = validateDocuments(pageSchema, asArray(rawPages), "page", issues);
  findDuplicateSlugs(articles, issues);
  findDuplicateSlugs(faqs, issues);
  findDuplicateSlugs(people, issues);
  findDuplicateSlugs(pages, issues);
  if (issues.length > 0 || !settings) {
    const documents = new Set(issues.map((issue) => issue.documentId)).size;
    throw new ContentError(
      `Invalid content from ${source.description}: ${documents} document${documents === 1 ? "" : "s"} failed validation.`,
      issues,
    );
  }
  return { settings, articles, faqs, people, pages };
}
