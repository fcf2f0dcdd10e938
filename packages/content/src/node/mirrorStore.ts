import { mkdir, open, rename } from "node:fs/promises";
import { dirname } from "node:path";
import type { RawDocument } from "../dataset/parseNdjson.ts";
import { ndjsonFileLines } from "./ndjsonLines.ts";

/** What the last sync saw: the newest _updatedAt and every document of the site's types. */
export interface MirrorState {
  cursor: string | null;
  documents: RawDocument[];
}

export interface MirrorStore {
  read(): Promise<MirrorState | null>;
  write(state: MirrorState): Promise<void>;
}

const WRITE_BATCH = 1000;

/**
 * Keeps the mirror as NDJSON: a header line with the cursor, then one
 * document per line. Written to a temporary file and renamed, so a build
 * killed mid-write leaves the previous mirror, never half of one.
 */
export function fileMirrorStore(path: string): MirrorStore {
  return {
    async read() {
      try {
        let cursor: string | null | undefined;
        const documents: RawDocument[] = [];
        // Line by line, split at "\n" only: a document's text may hold U+2028, and the mirror may be large.
        for await (const line of ndjsonFileLines(path)) {
          if (line === "") continue;
          if (cursor === undefined) cursor = (JSON.parse(line) as { cursor?: string | null }).cursor ?? null;
          else documents.push(JSON.parse(line) as RawDocument);
        }
        return cursor === undefined ? null : { cursor, documents };
      } catch {
        // Missing or damaged: the mirror is only a cache, so start again from a full fetch.
        return null;
      }
    },
    async write(state) {
      await mkdir(dirname(path), { recursive: true });
      // In batches, never as one string: a large mirror is past V8's string limit.
      const file = await open(`${path}.tmp`, "w");
      try {
        await file.write(`${JSON.stringify({ cursor: state.cursor })}\n`);
        for (let start = 0; start < state.documents.length; start += WRITE_BATCH) {
          const batch = state.documents.slice(start, start + WRITE_BATCH);
          await file.write(batch.map((doc) => `${JSON.stringify(doc)}\n`).join(""));
        }
      } finally {
        await file.close();
      }
      await rename(`${path}.tmp`, path);
    },
  };
}
