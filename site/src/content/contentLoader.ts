import type { SiteContent } from "@patient-ed/content";
import type { Loader } from "astro/loaders";
import type * as z from "zod/v4/core";
import { siteContent } from "./siteContent.ts";

type CollectionKey = Exclude<keyof SiteContent, "settings">;

/**
 * An Astro content-layer loader for one kind of document. The data is
 * already validated by the content contract; the schema here only gives
 * pages their types.
 */
export function contentLoader<Schema extends z.$ZodType>(
  key: CollectionKey,
  schema: Schema,
): Loader & { schema: Schema } {
  return {
    name: `patient-ed-${key}`,
    schema,
    async load({ store, generateDigest }) {
      const documents = (await siteContent())[key];
      store.clear();
      for (const document of documents) {
        store.set({ id: document._id, data: { ...document }, digest: generateDigest({ ...document }) });
      }
    },
  };
}

/** The site settings singleton, stored as the one entry of its collection. */
export function settingsLoader<Schema extends z.$ZodType>(schema: Schema): Loader & { schema: Schema } {
  return {
    name: "patient-ed-settings",
    schema,
    async load({ store, generateDigest }) {
      const { settings } = await siteContent();
      store.clear();
      store.set({ id: "siteSettings", data: { ...settings }, digest: generateDigest({ ...settings }) });
    },
  };
}
