import { reviewStatus } from "@patient-ed/review";
import type { Loader } from "astro/loaders";
import type * as z from "zod/v4/core";
import { siteContent } from "./siteContent.ts";

type LoaderContext = Parameters<Loader["load"]>[0];

/** Loads the site's content once per build (see siteContent) and records the sync cursor in the content layer. */
async function contentFor(context: LoaderContext) {
  const loaded = await siteContent(context.config.cacheDir);
  if (loaded.cursor) context.meta.set("content-lake-cursor", loaded.cursor);
  return loaded;
}

function replaceAll(context: LoaderContext, entries: { id: string; data: Record<string, unknown> }[]) {
  context.store.clear();
  for (const { id, data } of entries) context.store.set({ id, data, digest: context.generateDigest(data) });
}

/**
 * Astro content-layer loaders fed by the content contract. The data is
 * already validated; the schemas give pages their types. Articles and FAQs
 * carry their review status as of the build's date, for the overdue notice.
 */
export function reviewedLoader<Schema extends z.$ZodType>(
  key: "articles" | "faqs",
  schema: Schema,
): Loader & { schema: Schema } {
  return {
    name: `patient-ed-${key}`,
    schema,
    async load(context) {
      const { content, today } = await contentFor(context);
      const entries = content[key].map((doc) => ({
        id: doc._id,
        data: { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, today) },
      }));
      replaceAll(context, entries);
    },
  };
}

export function contentLoader<Schema extends z.$ZodType>(
  key: "people" | "pages",
  schema: Schema,
): Loader & { schema: Schema } {
  return {
    name: `patient-ed-${key}`,
    schema,
    async load(context) {
      const { content } = await contentFor(context);
      replaceAll(
        context,
        content[key].map((doc) => ({ id: doc._id, data: { ...doc } })),
      );
    },
  };
}

/** The site settings singleton, stored as the one entry of its collection. */
export function settingsLoader<Schema extends z.$ZodType>(schema: Schema): Loader & { schema: Schema } {
  return {
    name: "patient-ed-settings",
    schema,
    async load(context) {
      const { content } = await contentFor(context);
      replaceAll(context, [{ id: "siteSettings", data: { ...content.settings } }]);
    },
  };
}
