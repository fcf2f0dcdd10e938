import type { Article, Faq, Page, Person, SiteSettings } from "@patient-ed/content";
import type { ReviewStatus } from "@patient-ed/review";
import { getCollection, getEntry } from "astro:content";

/*
 * The only way pages read content: through the content layer, which the
 * content contract's loader filled with validated documents. Each collection
 * is read once per build and shared by every page: with thousands of pages,
 * reading a collection per page would make the build quadratic.
 */

export type Reviewed<T> = T & { reviewStatus: ReviewStatus };

function once<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= read());
}

export const getArticles = once(async (): Promise<Reviewed<Article>[]> =>
  (await getCollection("articles")).map((entry) => entry.data),
);

export const getFaqs = once(async (): Promise<Reviewed<Faq>[]> =>
  (await getCollection("faqs")).map((entry) => entry.data),
);

export const getPeople = once(async (): Promise<Person[]> =>
  (await getCollection("people")).map((entry) => entry.data),
);

export const getPages = once(async (): Promise<Page[]> => (await getCollection("pages")).map((entry) => entry.data));

export const getSettings = once(async (): Promise<SiteSettings> => {
  const entry = await getEntry("settings", "siteSettings");
  if (!entry) throw new Error("The site settings document (id siteSettings) was not loaded.");
  return entry.data;
});

/** Articles and FAQ entries by id, for the lists that follow references. */
export const getArticlesById = once(async () => new Map((await getArticles()).map((doc) => [doc._id, doc])));
export const getFaqsById = once(async () => new Map((await getFaqs()).map((doc) => [doc._id, doc])));
