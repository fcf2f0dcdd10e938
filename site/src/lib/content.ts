import type { Article, Faq, Page, Person, SiteSettings } from "@patient-ed/content";
import {
  openDocumentStore,
  siteIndexLoaded,
  type ArticleCard,
  type DocumentStore,
  type FaqCard,
  type Reviewed,
} from "@patient-ed/content/node";
import { getCollection, getEntry } from "astro:content";
import { once } from "./once.ts";
import { previewOfRequest } from "../preview/previewRequest.ts";

export type { ArticleCard, FaqCard, Reviewed } from "@patient-ed/content/node";

/*
 * The only way pages read content: through the content layer, which the
 * content contract's loaders filled from the site index (cards, people,
 * pages, settings), and the index's store, which holds each article and FAQ
 * entry in full. Each collection is read once per build and shared by every
 * page: with thousands of pages, reading a collection per page would make
 * the build quadratic. A page reads only its own full documents. In the draft
 * preview the same functions answer from the request's snapshot of the
 * drafts (src/preview/), so every page renders drafts with the same code.
 */

export const getArticles = once(
  async (): Promise<ArticleCard[]> =>
    previewOfRequest()?.index.articles ?? (await getCollection("articles")).map((entry) => entry.data),
);

export const getFaqs = once(
  async (): Promise<FaqCard[]> =>
    previewOfRequest()?.index.faqs ?? (await getCollection("faqs")).map((entry) => entry.data),
);

export const getPeople = once(
  async (): Promise<Person[]> =>
    previewOfRequest()?.index.people ?? (await getCollection("people")).map((entry) => entry.data),
);

export const getPages = once(
  async (): Promise<Page[]> =>
    previewOfRequest()?.index.pages ?? (await getCollection("pages")).map((entry) => entry.data),
);

export const getSettings = once(async (): Promise<SiteSettings> => {
  const preview = previewOfRequest();
  if (preview) return preview.index.settings;
  const entry = await getEntry("settings", "settings");
  if (!entry) throw new Error("The site settings document (id siteSettings) was not loaded.");
  return entry.data;
});

/** Articles and FAQ entries by id, for the lists that follow references. */
export const getArticlesById = once(async () => new Map((await getArticles()).map((doc) => [doc._id, doc])));
export const getFaqsById = once(async () => new Map((await getFaqs()).map((doc) => [doc._id, doc])));

/** The site index's store of full documents and search entries. */
export const siteStore = once(
  async (): Promise<DocumentStore> => previewOfRequest()?.store ?? openDocumentStore((await siteIndexLoaded()).store),
);

/** How many chunks of search entries the store holds. */
export const searchChunkCount = once(
  async (): Promise<number> => previewOfRequest()?.index.searchChunks ?? (await siteIndexLoaded()).searchChunks,
);

/** The whole article behind a card: its body, sources and disclaimer. */
export async function readArticle(card: ArticleCard): Promise<Reviewed<Article>> {
  return (await siteStore()).read<Reviewed<Article>>(card._id);
}

/** The whole FAQ entry behind a card: its answer, sources and disclaimer. */
export async function readFaq(card: FaqCard): Promise<Reviewed<Faq>> {
  return (await siteStore()).read<Reviewed<Faq>>(card._id);
}

/** The route's card: from getStaticPaths in the static build; looked up by slug in the draft preview. */
export async function articleCardOf(props: { card?: ArticleCard }, slug: string | undefined) {
  return props.card ?? (await getArticles()).find((card) => card.slug === slug);
}

/** The route's card: from getStaticPaths in the static build; looked up by slug in the draft preview. */
export async function faqCardOf(props: { card?: FaqCard }, slug: string | undefined) {
  return props.card ?? (await getFaqs()).find((card) => card.slug === slug);
}
