import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { RawDocument } from "../dataset/parseNdjson.ts";

/** What the last sync saw: the newest _updatedAt and every document of the site's types. */
export interface MirrorState {
  cursor: string | null;
  documents: RawDocument[];
}

export interface MirrorStore {
  read(): Promise<MirrorState | null>;
  write(state: MirrorState): Promise<void>;
}

/**
 * Keeps the mirror as NDJSON: a header line with the cursor, then one
 * document per line. Written to a temporary file and renamed, so a build
 * killed mid-write leaves the previous mirror, never half of one.
 */
export function fileMirrorStore(path: string): MirrorStore {
  return {
    async read() {
      let text: string;
      try {
        text = await readFile(path, "utf8");
      } catch {
        return null;
      }
      try {
        const [header, ...lines] = text.trimEnd().split("\n");
        const { cursor } = JSON.parse(header ?? "{}") as { cursor?: string | null };
        return { cursor: cursor ?? null, documents: lines.map((line) => JSON.parse(line) as RawDocument) };
      } catch {
        // A damaged mirror is only a cache: start again from a full fetch.
        return null;
      }
    },
    async write(state) {
      await mkdir(dirname(path), { recursive: true });
      const lines = [JSON.stringify({ cursor: state.cursor }), ...state.documents.map((doc) => JSON.stringify(doc))];
      await writeFile(`${path}.tmp`, `${lines.join("\n")}\n`);
      await rename(`${path}.tmp`, path);
    },
  };
}
