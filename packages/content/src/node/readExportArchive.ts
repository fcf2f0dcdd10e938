import { createReadStream } from "node:fs";
import { PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Parser, type ReadEntry } from "tar";
import { DatasetFileError } from "../errors/ContentError.ts";
import { ndjsonLines } from "./ndjsonLines.ts";

/**
 * `sanity dataset export` writes a gzipped tarball holding
 * `<folder>/data.ndjson` beside the asset files. The NDJSON entry is streamed
 * out line by line, so an export of any size is never held as one string;
 * asset files are skipped, and each one's path in the export
 * (`images/<name>`) is handed to `onFile`.
 */
export async function* exportArchiveLines(
  path: string,
  onFile: (file: string) => void = () => undefined,
): AsyncGenerator<string> {
  const ndjson = new PassThrough();
  let found = false;
  const parser = new Parser({
    // Strict: a file that is not a tar archive fails with tar's reason instead of looking empty.
    strict: true,
    filter: (entryPath) => {
      const asset = /(?:^|\/)((?:images|files)\/[^/]+)$/.exec(entryPath);
      if (asset?.[1]) onFile(asset[1]);
      return /(^|\/)data\.ndjson$/.test(entryPath);
    },
    onReadEntry: (entry: ReadEntry) => {
      found = true;
      entry.pipe(ndjson, { end: false });
    },
  });
  const unpacked = pipeline(createReadStream(path), parser).then(
    () => {
      if (found) ndjson.end();
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
