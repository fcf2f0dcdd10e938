import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { finished, pipeline } from "node:stream/promises";
import { Parser, type ReadEntry } from "tar";
import { DatasetFileError } from "../errors/ContentError.ts";
import { imageRefOfFile } from "./archiveAssets/localImages.ts";
import { ndjsonLines } from "./ndjsonLines.ts";

export interface ExportArchiveOptions {
  /** Told each asset file's path in the export (`images/<name>`, `files/<name>`). */
  onFile?: (file: string) => void;
  /** Given the text of the export's assets.json (the asset documents' metadata), when it has one. */
  onAssetsJson?: (text: string) => void;
  /** A folder to write the export's image files into, as `images/<name>`, for the build to resize. */
  extractImagesTo?: string;
}

/** Reads an entry to the end as text: assets.json is one JSON object, small beside the files it describes. */
async function entryText(entry: ReadEntry): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of entry) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * `sanity dataset export` writes a gzipped tarball holding
 * `<folder>/data.ndjson` beside assets.json and the asset files. The NDJSON
 * entry is streamed out line by line, so an export of any size is never held
 * as one string. Asset files are skipped, unless image files are asked for;
 * each one's path in the export is handed to `onFile`.
 */
export async function* exportArchiveLines(path: string, options: ExportArchiveOptions = {}): AsyncGenerator<string> {
  const ndjson = new PassThrough();
  const writes: Promise<void>[] = [];
  // Handled as they happen, so a full disk is this archive's error naming the file, not a crash of the process.
  let writeFailure: string | undefined;
  const noteFailure = (what: string) => (error: unknown) => {
    writeFailure ??= `${what}: ${error instanceof Error ? error.message : String(error)}`;
  };
  const imagesDir = options.extractImagesTo && join(options.extractImagesTo, "images");
  if (imagesDir) mkdirSync(imagesDir, { recursive: true });
  let found = false;
  const parser = new Parser({
    // Strict: a file that is not a tar archive fails with tar's reason instead of looking empty.
    strict: true,
    filter: (entryPath) => {
      const asset = /(?:^|\/)((?:images|files)\/[^/]+)$/.exec(entryPath)?.[1];
      if (asset) options.onFile?.(asset);
      // Only files named as an export names images (no `..`, no folders) are written out.
      if (asset && imagesDir && imageRefOfFile(asset)) return true;
      if (options.onAssetsJson && /(^|\/)assets\.json$/.test(entryPath)) return true;
      return /(^|\/)data\.ndjson$/.test(entryPath);
    },
    onReadEntry: (entry: ReadEntry) => {
      const asset = /(?:^|\/)(images\/[^/]+)$/.exec(entry.path)?.[1];
      if (asset && imagesDir) {
        const file = createWriteStream(join(imagesDir, asset.slice("images/".length)));
        entry.pipe(file);
        writes.push(finished(file).catch(noteFailure(`cannot unpack ${asset}`)));
      } else if (/(^|\/)assets\.json$/.test(entry.path)) {
        writes.push(
          entryText(entry)
            .then((text) => options.onAssetsJson?.(text))
            .catch(noteFailure("cannot read assets.json")),
        );
      } else {
        found = true;
        entry.pipe(ndjson, { end: false });
      }
    },
  });
  const unpacked = pipeline(createReadStream(path), parser)
    .then(() => Promise.all(writes))
    .then(
      () => {
        if (writeFailure) ndjson.destroy(new DatasetFileError(`Cannot read dataset archive ${path}: ${writeFailure}`));
        else if (found) ndjson.end();
        else ndjson.destroy(new DatasetFileError(`Dataset archive ${path} has no data.ndjson`));
      },
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        ndjson.destroy(new DatasetFileError(`Cannot read dataset archive ${path}: ${reason}`));
      },
    );
  ndjson.setEncoding("utf8");
  yield* ndjsonLines(ndjson as AsyncIterable<string>, { where: `${path}:data.ndjson` });
  await unpacked;
}
