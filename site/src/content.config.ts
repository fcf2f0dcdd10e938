import type { Page, Person, SiteSettings } from "@patient-ed/content";
import type { ArticleCard, FaqCard } from "@patient-ed/content/node";
import { defineCollection } from "astro:content";
import { z } from "zod";
import { documentLoader, settingsLoader } from "./loaders/contentLoaders.ts";

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
  settings: defineCollection({ loader: settingsLoader(z.custom<SiteSettings>()) }),
};
