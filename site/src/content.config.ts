import type { Page, Person, SiteSettings } from "@patient-ed/content";
import { defineCollection } from "astro:content";
import { z } from "zod";
import type { ArticleCard, FaqCard } from "./content/cards.ts";
import { documentLoader, singletonLoader } from "./content/contentLoader.ts";

/*
 * Schemas here only type the collections: the content contract validated
 * every document before the loader stored it, and validating again would
 * cost a second pass over the whole site per build.
 */
export const collections = {
  articles: defineCollection({ loader: documentLoader("articles", z.custom<ArticleCard>()) }),
  faqs: defineCollection({ loader: documentLoader("faqs", z.custom<FaqCard>()) }),
  people: defineCollection({ loader: documentLoader("people", z.custom<Person>()) }),
  pages: defineCollection({ loader: documentLoader("pages", z.custom<Page>()) }),
  settings: defineCollection({
    loader: singletonLoader("settings", z.custom<SiteSettings>(), (index) => ({ ...index.settings })),
  }),
  snapshot: defineCollection({
    loader: singletonLoader("snapshot", z.custom<{ file: string }>(), (index) => ({ file: index.snapshotFile })),
  }),
};
