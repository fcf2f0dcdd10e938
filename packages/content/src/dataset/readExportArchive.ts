import { createReadStream } from "node:fs";
import { pipeline } from "node:stream/promises";
import { Parser, type ReadEntry } from "tar";
import { DatasetFileError } from "../errors/ContentError.ts";

/**
 * `sanity dataset export` writes a gzipped tarball holding
 * `<folder>/data.ndjson` beside the asset files. Only the documents matter
 * here, so the NDJSON entry is read and everything else is skipped.
 */
export async function readExportArchive(path: string): Promise<string> {
  const chunks: Buffer[] = [];
  let found = false;
  const parser = new Parser({
    filter: (entryPath) => /(^|\/)data\.ndjson$/.test(entryPath),
    onReadEntry: (entry: ReadEntry) => {
      found = true;
      entry.on("data", (chunk: Buffer) => chunks.push(chunk));
    },
  });
  try {
    await pipeline(createReadStream(path), parser);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetFileError(`Cannot read dataset archive ${path}: ${reason}`);
  }
  if (!found) throw new DatasetFileError(`Dataset archive ${path} has no data.ndjson`);
  return Buffer.concat(chunks).toString("utf8");
}
