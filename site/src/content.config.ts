import { articleSchema, faqSchema, pageSchema, personSchema, siteSettingsSchema } from "@patient-ed/content";
import { defineCollection } from "astro:content";
import { z } from "zod";
import { contentLoader, reviewedLoader, settingsLoader } from "./content/contentLoader.ts";

/** Review status as of the build's date, added by the loader. */
const reviewState = z.object({ reviewStatus: z.enum(["current", "due-soon", "overdue"]) });

export const collections = {
  articles: defineCollection({ loader: reviewedLoader("articles", articleSchema.and(reviewState)) }),
  faqs: defineCollection({ loader: reviewedLoader("faqs", faqSchema.and(reviewState)) }),
  people: defineCollection({ loader: contentLoader("people", personSchema) }),
  pages: defineCollection({ loader: contentLoader("pages", pageSchema) }),
  settings: defineCollection({ loader: settingsLoader(siteSettingsSchema) }),
};
