import { siteIndexOfThisBuild, type SiteIndex } from "@patient-ed/content/node";
import type { Loader, LoaderContext } from "astro/loaders";
import { fileURLToPath } from "node:url";
import { renderMode } from "../preview/renderMode.ts";
import type * as z from "zod/v4/core";

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * An Astro content-layer loader fed by the content contract's site index:
 * every collection draws on one index per build (read, validated, review
 * policy applied, full documents in its store), built in a child process by
 * the contract. The collections hold what lists need (cards, people, pages,
 * settings); each page reads its own full document from the store
 * (lib/content.ts). The schema only types the entries: the contract
 * validated them already. The Content Lake sync cursor is recorded in the
 * content layer's meta store.
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
      context.store.clear();
      // The draft preview server reads a fresh snapshot of the drafts per request, never the collections.
      if (renderMode(process.env) === "preview") return;
      const index = await siteIndexOfThisBuild(fileURLToPath(context.config.cacheDir));
      if (index.cursor) context.meta.set("content-lake-cursor", index.cursor);
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

/** The site settings singleton, as a one-entry collection. */
export function settingsLoader<Schema extends z.$ZodType>(schema: Schema) {
  return collectionLoader("settings", schema, (index) => [{ id: "settings", data: { ...index.settings } }]);
}
