import { articleSchema, faqSchema, pageSchema, personSchema, siteSettingsSchema } from "@patient-ed/content";
import { defineCollection } from "astro:content";
import { contentLoader, settingsLoader } from "./content/contentLoader.ts";

export const collections = {
  articles: defineCollection({ loader: contentLoader("articles", articleSchema) }),
  faqs: defineCollection({ loader: contentLoader("faqs", faqSchema) }),
  people: defineCollection({ loader: contentLoader("people", personSchema) }),
  pages: defineCollection({ loader: contentLoader("pages", pageSchema) }),
  settings: defineCollection({ loader: settingsLoader(siteSettingsSchema) }),
};
