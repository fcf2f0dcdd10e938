import { reviewStatus } from "@patient-ed/review";
import type { Loader } from "astro/loaders";
import type * as z from "zod/v4/core";
import { siteContent, type LoadedContent } from "./siteContent.ts";

type LoaderContext = Parameters<Loader["load"]>[0];

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * An Astro content-layer loader fed by the content contract. Every
 * collection draws on one siteContent() per build (read, validated, review
 * policy applied); the schema gives pages their types. The Content Lake sync
 * cursor is recorded in the content layer's meta store.
 */
function collectionLoader<Schema extends z.$ZodType>(
  name: string,
  schema: Schema,
  entries: (loaded: LoadedContent) => Entry[],
): Loader & { schema: Schema } {
  return {
    name: `patient-ed-${name}`,
    schema,
    async load(context: LoaderContext) {
      const loaded = await siteContent(context.config.cacheDir);
      if (loaded.cursor) context.meta.set("content-lake-cursor", loaded.cursor);
      context.store.clear();
      for (const { id, data } of entries(loaded)) context.store.set({ id, data, digest: context.generateDigest(data) });
    },
  };
}

/** Articles and FAQs carry their review status as of the build's date, for the overdue notice. */
export function reviewedLoader<Schema extends z.$ZodType>(key: "articles" | "faqs", schema: Schema) {
  return collectionLoader(key, schema, ({ content, today }) =>
    content[key].map((doc) => ({
      id: doc._id,
      data: { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, today) },
    })),
  );
}

export function contentLoader<Schema extends z.$ZodType>(key: "people" | "pages", schema: Schema) {
  return collectionLoader(key, schema, ({ content }) => content[key].map((doc) => ({ id: doc._id, data: { ...doc } })));
}

/** The site settings singleton, stored as the one entry of its collection. */
export function settingsLoader<Schema extends z.$ZodType>(schema: Schema) {
  return collectionLoader("settings", schema, ({ content }) => [{ id: "siteSettings", data: { ...content.settings } }]);
}
