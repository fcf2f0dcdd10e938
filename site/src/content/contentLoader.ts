import type { Loader } from "astro/loaders";
import type * as z from "zod/v4/core";
import { siteContent, type SiteIndex } from "./siteContent.ts";

type LoaderContext = Parameters<Loader["load"]>[0];

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * An Astro content-layer loader fed by the content contract. Every
 * collection draws on one siteContent() per build (read, validated, review
 * policy applied, full documents written to the snapshot); the collections
 * hold the site's index. The schema gives pages their types: the content was
 * validated by the contract already. The Content Lake sync cursor is
 * recorded in the content layer's meta store.
 */
function collectionLoader<Schema extends z.$ZodType>(
  name: string,
  schema: Schema,
  entries: (index: SiteIndex) => Entry[],
): Loader & { schema: Schema } {
  return {
    name: `patient-ed-${name}`,
    schema,
    async load(context: LoaderContext) {
      const index = await siteContent(context.config.cacheDir);
      if (index.cursor) context.meta.set("content-lake-cursor", index.cursor);
      context.store.clear();
      for (const { id, data } of entries(index)) context.store.set({ id, data, digest: context.generateDigest(data) });
    },
  };
}

export function documentLoader<Schema extends z.$ZodType>(
  key: "articles" | "faqs" | "people" | "pages",
  schema: Schema,
) {
  return collectionLoader(key, schema, (index) => index[key].map((doc) => ({ id: doc._id, data: { ...doc } })));
}

/** A one-entry collection: the site settings singleton, or where this build's snapshot is. */
export function singletonLoader<Schema extends z.$ZodType>(
  key: "settings" | "snapshot",
  schema: Schema,
  data: (index: SiteIndex) => Record<string, unknown>,
) {
  return collectionLoader(key, schema, (index) => [{ id: key, data: data(index) }]);
}
