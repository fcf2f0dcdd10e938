import { access, readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DatasetFileError } from "../errors/ContentError.ts";
import { parseNdjsonLines, type ParsedDataset } from "../dataset/parseNdjson.ts";
import { restoreExportedImages } from "./archiveAssets/exportedImages.ts";
import { ndjsonFileLines } from "./ndjsonLines.ts";
import { exportArchiveLines } from "./readExportArchive.ts";

/** Passes lines through, noting whether any holds an exported image: most datasets have none to restore. */
function watchForExportedImages(lines: AsyncIterable<string>): { lines: AsyncIterable<string>; found(): boolean } {
  let found = false;
  async function* watched() {
    for await (const line of lines) {
      if (!found && line.includes('"_sanityAsset"')) found = true;
      yield line;
    }
  }
  return { lines: watched(), found: () => found };
}

/** The image files in the `images/` folder beside an unpacked export's data.ndjson. */
async function imagesBeside(path: string): Promise<Set<string>> {
  const names = await readdir(join(dirname(path), "images")).catch(() => []);
  return new Set(names.map((name) => `images/${name}`));
}

/**
 * Reads an NDJSON file or a `sanity dataset export` .tar.gz archive, line by
 * line. Images the export wrote as files get their asset references back
 * (archiveAssets/exportedImages.ts), checked against the files the archive,
 * or the folder beside the NDJSON, holds.
 */
export async function readDatasetFile(path: string): Promise<ParsedDataset> {
  const name = basename(path);
  try {
    await access(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetFileError(`Cannot read dataset file ${path}: ${reason}`);
  }
  if (/\.(tar\.gz|tgz)$/.test(name)) {
    const files = new Set<string>();
    const source = watchForExportedImages(exportArchiveLines(path, (file) => files.add(file)));
    const parsed = await parseNdjsonLines(source.lines, `${name}:data.ndjson`);
    if (!source.found()) return parsed;
    return { ...parsed, documents: restoreExportedImages(parsed.documents, files, `the export archive ${name}`) };
  }
  const source = watchForExportedImages(ndjsonFileLines(path, { where: name }));
  const parsed = await parseNdjsonLines(source.lines, name);
  if (!source.found()) return parsed;
  const files = await imagesBeside(path);
  return { ...parsed, documents: restoreExportedImages(parsed.documents, files, `the folder of ${name}`) };
}
