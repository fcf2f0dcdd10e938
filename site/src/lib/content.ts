import type { Article, Faq, Page, Person, SiteSettings } from "@patient-ed/content";
import { getCollection, getEntry } from "astro:content";

/*
 * The only way pages read content: through the content layer, which the
 * content contract's loader filled with validated documents.
 */

export async function getArticles(): Promise<Article[]> {
  return (await getCollection("articles")).map((entry) => entry.data);
}

export async function getFaqs(): Promise<Faq[]> {
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
