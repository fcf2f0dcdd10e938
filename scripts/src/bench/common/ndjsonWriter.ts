import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";

export interface NdjsonWriter {
  write(document: object): Promise<void>;
  /** Renames the finished file into place and returns the bytes written. */
  close(): Promise<number>;
  abort(): Promise<void>;
}

/**
 * Writes one JSON document per line, waiting for the stream to drain when
 * its buffer is full: a 100,000-article file never sits in memory. The file
 * appears under its name only once complete, so a killed run leaves no
 * half-written dataset behind.
 */
export async function openNdjsonWriter(path: string): Promise<NdjsonWriter> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial, { highWaterMark: 1 << 20 });
  let bytes = 0;
  return {
    async write(document) {
      const line = `${JSON.stringify(document)}\n`;
      bytes += Buffer.byteLength(line);
      if (!stream.write(line)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "close");
      await rename(partial, path);
      return bytes;
    },
    async abort() {
      stream.destroy();
      await rm(partial, { force: true });
    },
  };
}
