import type { Article, Faq, Page, Person, SiteSettings } from "@patient-ed/content";
import type { ReviewStatus } from "@patient-ed/review";
import { getCollection, getEntry } from "astro:content";

/*
 * The only way pages read content: through the content layer, which the
 * content contract's loader filled with validated documents.
 */

export type Reviewed<T> = T & { reviewStatus: ReviewStatus };

export async function getArticles(): Promise<Reviewed<Article>[]> {
  return (await getCollection("articles")).map((entry) => entry.data);
}

export async function getFaqs(): Promise<Reviewed<Faq>[]> {
  return (await getCollection("faqs")).map((entry) => entry.data);
}

export async function getPeople(): Promise<Person[]> {
  return (await getCollection("people")).map((entry) => entry.data);
}

export async function getPages(): Promise<Page[]> {
  return (await getCollection("pages")).map((entry) => entry.data);
}

export async function getSettings(): Promise<SiteSettings> {
  const entry = await getEntry("settings", "siteSettings");
  if (!entry) throw new Error("The site settings document (id siteSettings) was not loaded.");
  return entry.data;
}
