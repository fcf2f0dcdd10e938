import { reviewStatus } from "@patient-ed/review";
import type { Loader } from "astro/loaders";
import type * as z from "zod/v4/core";
import { siteContent } from "./siteContent.ts";

type Store = Parameters<Loader["load"]>[0]["store"];
type Digest = Parameters<Loader["load"]>[0]["generateDigest"];

function replaceAll(store: Store, generateDigest: Digest, entries: { id: string; data: Record<string, unknown> }[]) {
  store.clear();
  for (const { id, data } of entries) store.set({ id, data, digest: generateDigest(data) });
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
    async load({ store, generateDigest }) {
      const { content, today } = await siteContent();
      const entries = content[key].map((doc) => ({
        id: doc._id,
        data: { ...doc, reviewStatus: reviewStatus(doc.nextReviewDue, today) },
      }));
      replaceAll(store, generateDigest, entries);
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
    async load({ store, generateDigest }) {
      const { content } = await siteContent();
      replaceAll(
        store,
        generateDigest,
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
    async load({ store, generateDigest }) {
      const { content } = await siteContent();
      replaceAll(store, generateDigest, [{ id: "siteSettings", data: { ...content.settings } }]);
    },
  };
}
