import type { RawDocument } from "../dataset/parseNdjson.ts";

/**
 * How a query sees a dataset, as Sanity's perspectives define it:
 * - `published`: no drafts (`drafts.<id>`) and no release versions (`versions.<release>.<id>`);
 * - `drafts`: published documents with each draft laid over its own, and draft-only documents too, all under
 *   their published id (the draft's own id is kept as `_originalId`), as editors preview them;
 * - `raw`: every document as stored.
 */
export type Perspective = "published" | "drafts" | "raw";

const DRAFT_PREFIX = "drafts.";

/** Whether a document is what the published perspective shows. */
export function isPublishedId(id: string): boolean {
  return !id.startsWith(DRAFT_PREFIX) && !id.startsWith("versions.");
}

/** The id of the published document a draft belongs to; a published id maps to itself. */
export function publishedIdOf(id: string): string {
  return id.startsWith(DRAFT_PREFIX) ? id.slice(DRAFT_PREFIX.length) : id;
}

/** The documents a query sees from `perspective`. A file source and the Studio's stand-in API both use this. */
export function documentsInPerspective(documents: readonly RawDocument[], perspective: Perspective): RawDocument[] {
  if (perspective === "raw") return [...documents];
  const published = documents.filter((doc) => isPublishedId(doc._id));
  if (perspective === "published") return published;
  const byId = new Map(published.map((doc) => [doc._id, doc]));
  for (const doc of documents) {
    if (!doc._id.startsWith(DRAFT_PREFIX)) continue;
    const id = publishedIdOf(doc._id);
    byId.set(id, { ...doc, _id: id, _originalId: doc._id });
  }
  return [...byId.values()];
}
