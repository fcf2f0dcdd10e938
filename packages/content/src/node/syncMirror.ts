import type { RawDocument } from "../dataset/parseNdjson.ts";
import { ContentSourceError } from "../errors/ContentError.ts";
import { syncAllQuery, syncChangedQuery, syncIdsQuery } from "../queries.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { SITE_DOCUMENT_TYPES } from "../rules.ts";
import type { MirrorState, MirrorStore } from "./mirrorStore.ts";

export interface SyncResult {
  state: MirrorState;
  kind: "full" | "incremental";
  /** Documents whose whole body was fetched. */
  fetched: number;
  removed: number;
}

function newestUpdate(documents: readonly RawDocument[]): string | null {
  let newest: string | null = null;
  for (const doc of documents) {
    const updated = doc._updatedAt;
    if (typeof updated === "string" && (newest === null || updated > newest)) newest = updated;
  }
  return newest;
}

function asDocuments(value: unknown, what: string): RawDocument[] {
  if (!Array.isArray(value)) throw new ContentSourceError(`The Content Lake answered the ${what} query with no list.`);
  return value as RawDocument[];
}

/**
 * Brings the mirror up to date with the Content Lake. The first sync fetches
 * every document; later ones fetch only documents changed since the cursor
 * (the newest _updatedAt seen), plus the list of ids that exist now, so a
 * document deleted or unpublished since the last build disappears too:
 * a changed-since query alone can never report a deletion.
 */
export async function syncMirror(lake: ContentSource, store: MirrorStore): Promise<SyncResult> {
  const types = [...SITE_DOCUMENT_TYPES];
  const previous = await store.read();
  if (!previous?.cursor) {
    const documents = asDocuments(await lake.fetch(syncAllQuery, { types }), "full sync");
    const state = { cursor: newestUpdate(documents), documents };
    await store.write(state);
    return { state, kind: "full", fetched: documents.length, removed: 0 };
  }
  const [changedValue, idsValue] = await Promise.all([
    lake.fetch(syncChangedQuery, {
      types,
      cursor: previous.cursor,
      revisionsAtCursor: previous.documents.filter((doc) => doc._updatedAt === previous.cursor).map((doc) => doc._rev),
    }),
    lake.fetch(syncIdsQuery, { types }),
  ]);
  const changed = asDocuments(changedValue, "changed documents");
  if (!Array.isArray(idsValue))
    throw new ContentSourceError("The Content Lake answered the id list query with no list.");
  const live = new Set(idsValue as string[]);
  const byId = new Map(previous.documents.map((doc) => [doc._id, doc]));
  for (const doc of changed) byId.set(doc._id, doc);
  let removed = 0;
  for (const id of byId.keys()) {
    if (!live.has(id)) {
      byId.delete(id);
      removed++;
    }
  }
  const documents = [...byId.values()];
  const state = { cursor: newestUpdate(documents) ?? previous.cursor, documents };
  await store.write(state);
  return { state, kind: "incremental", fetched: changed.length, removed };
}
