import type { RawDocument } from "../dataset/parseNdjson.ts";
import { ContentSourceError } from "../errors/ContentError.ts";
import { syncAllQuery, syncByIdsQuery, syncChangedQuery, syncIdsQuery } from "../queries.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { SITE_DOCUMENT_TYPES } from "../rules.ts";
import type { MirrorState, MirrorStore } from "./mirrorStore.ts";

export interface SyncResult {
  state: MirrorState;
  kind: "full" | "incremental";
  /** Documents whose whole body was fetched. */
  fetched: number;
  removed: number;
  /** Why an incremental sync became a full one, when it did. */
  repaired?: string;
}

function newestUpdate(documents: readonly RawDocument[]): string | null {
  let newest: string | null = null;
  for (const doc of documents) {
    const updated = doc._updatedAt;
    if (typeof updated === "string" && (newest === null || updated > newest)) newest = updated;
  }
  return newest;
}

/** The site's types, and image assets for their placeholders (imagePlaceholdersQuery). */
const IMAGE_ASSET = "sanity.imageAsset";
const TYPES: readonly string[] = [...SITE_DOCUMENT_TYPES, IMAGE_ASSET];

/**
 * The mirror is rebuilt from a full sync, never trimmed, when one sync's id
 * list would remove more than this share of it at once: a real mass deletion
 * costs one full fetch, a faulty answer costs nothing.
 */
export const MIRROR_REMOVAL_SHARE = 0.2;

/**
 * A Content Lake answer checked before it may touch the mirror: a list of
 * documents of the site's types, each id once (as the dataset file reader
 * refuses duplicates). Anything else is refused, and the mirror stays as it was.
 */
function checkedDocuments(value: unknown, what: string): RawDocument[] {
  if (!Array.isArray(value)) throw new ContentSourceError(`The Content Lake answered the ${what} query with no list.`);
  const seen = new Set<string>();
  value.forEach((doc: unknown, index) => {
    const fields = (typeof doc === "object" && doc !== null ? doc : {}) as Record<string, unknown>;
    if (typeof fields._id !== "string" || typeof fields._type !== "string")
      throw new ContentSourceError(
        `The Content Lake answered the ${what} query with item ${index + 1} that is not a document (no string _id and _type).`,
      );
    if (!TYPES.includes(fields._type))
      throw new ContentSourceError(
        `The Content Lake answered the ${what} query with document ${JSON.stringify(fields._id)} of type ${JSON.stringify(fields._type)}, which it was not asked for.`,
      );
    if (seen.has(fields._id))
      throw new ContentSourceError(
        `The Content Lake answered the ${what} query with the document ${JSON.stringify(fields._id)} twice.`,
      );
    seen.add(fields._id);
  });
  return value as RawDocument[];
}

/** The id list, checked the same way: strings, each once. */
function checkedIds(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((id): id is string => typeof id === "string"))
    throw new ContentSourceError(
      "The Content Lake answered the id list query with something other than a list of ids.",
    );
  const seen = new Set<string>();
  for (const id of value) {
    if (seen.has(id))
      throw new ContentSourceError(
        `The Content Lake answered the id list query with the id ${JSON.stringify(id)} twice.`,
      );
    seen.add(id);
  }
  return value;
}

async function fullSync(lake: ContentSource, store: MirrorStore, repaired?: string): Promise<SyncResult> {
  const documents = checkedDocuments(await lake.fetch(syncAllQuery, { types: [...TYPES] }), "full sync");
  const state = { cursor: newestUpdate(documents), documents };
  await store.write(state);
  return { state, kind: "full", fetched: documents.length, removed: 0, ...(repaired && { repaired }) };
}

/**
 * Brings the mirror up to date with the Content Lake. The first sync fetches
 * every document; later ones fetch only documents changed since the cursor
 * (the newest _updatedAt seen), plus the list of ids that exist now, so a
 * document deleted or unpublished since the last build disappears too:
 * a changed-since query alone can never report a deletion.
 *
 * No answer reaches the mirror unchecked. Answers that are not lists of
 * documents, or name a document twice, are refused. A document the id list
 * names but the mirror lacks (a sync that failed half-way, a cursor that
 * skipped it) is fetched by id. When the answers still disagree with each
 * other, or the id list would remove more than MIRROR_REMOVAL_SHARE of the
 * mirror at once, the mirror is rebuilt from a full sync instead: one empty
 * or partial id list can never empty the mirror by itself.
 */
export async function syncMirror(lake: ContentSource, store: MirrorStore): Promise<SyncResult> {
  const types = [...TYPES];
  const previous = await store.read();
  if (!previous?.cursor) return fullSync(lake, store);
  const [changedValue, idsValue] = await Promise.all([
    lake.fetch(syncChangedQuery, {
      types,
      cursor: previous.cursor,
      revisionsAtCursor: previous.documents.filter((doc) => doc._updatedAt === previous.cursor).map((doc) => doc._rev),
    }),
    lake.fetch(syncIdsQuery, { types }),
  ]);
  const changed = checkedDocuments(changedValue, "changed documents");
  const live = new Set(checkedIds(idsValue));

  const strayChange = changed.find((doc) => !live.has(doc._id));
  if (strayChange)
    return fullSync(lake, store, `the changed document ${JSON.stringify(strayChange._id)} is not in the id list`);

  const byId = new Map(previous.documents.map((doc) => [doc._id, doc]));
  for (const doc of changed) byId.set(doc._id, doc);
  const missing = [...live].filter((id) => !byId.has(id));
  let fetched = changed.length;
  if (missing.length > 0) {
    const found = checkedDocuments(await lake.fetch(syncByIdsQuery, { types, ids: missing }), "missing documents");
    for (const doc of found) if (live.has(doc._id)) byId.set(doc._id, doc);
    fetched += found.length;
    const stillMissing = missing.find((id) => !byId.has(id));
    if (stillMissing !== undefined)
      return fullSync(lake, store, `the id list names ${JSON.stringify(stillMissing)}, which could not be fetched`);
  }

  const gone = [...byId.keys()].filter((id) => !live.has(id));
  // Measured over the site's own documents: many image assets must not hide a faulty list that drops the pages.
  const isSiteDocument = (doc: RawDocument | undefined) => doc !== undefined && doc._type !== IMAGE_ASSET;
  const goneDocuments = gone.filter((id) => isSiteDocument(byId.get(id))).length;
  const mirrored = previous.documents.filter(isSiteDocument).length;
  if (goneDocuments > 0 && goneDocuments > mirrored * MIRROR_REMOVAL_SHARE)
    return fullSync(lake, store, `the id list would remove ${goneDocuments} of ${mirrored} mirrored documents at once`);
  for (const id of gone) byId.delete(id);

  const documents = [...byId.values()];
  // Only the changed-documents answer moves the cursor. A document fetched by id later may be newer than an edit
  // that answer just missed; a cursor past it would skip that edit for good. One newer than the cursor is simply
  // fetched again next time.
  const newestChange = newestUpdate(changed);
  const cursor = newestChange !== null && newestChange > previous.cursor ? newestChange : previous.cursor;
  const state = { cursor, documents };
  await store.write(state);
  return { state, kind: "incremental", fetched, removed: gone.length };
}
