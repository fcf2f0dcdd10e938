import { access, readdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DatasetFileError } from "../errors/ContentError.ts";
import { parseNdjsonLines, type ParsedDataset } from "../dataset/parseNdjson.ts";
import { restoreExportedImages } from "./archiveAssets/exportedImages.ts";
import type { LocalImages } from "../sources/ContentSource.ts";
import { localImagesIn, placeholdersOf } from "./archiveAssets/localImages.ts";
import { ndjsonFileLines } from "./ndjsonLines.ts";
import { exportArchiveLines } from "./readExportArchive.ts";

/** A dataset file's documents, and the image files it brought with it. */
export interface DatasetFile extends ParsedDataset {
  /** Empty for a file without images, and for an archive read without `extractImagesTo`. */
  images: LocalImages;
}

export interface ReadDatasetOptions {
  /** A folder to unpack an export archive's image files into, so the build can resize them. */
  extractImagesTo?: string;
}

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

async function readArchive(path: string, options: ReadDatasetOptions): Promise<DatasetFile> {
  const name = basename(path);
  const files = new Set<string>();
  let assetsJson: string | undefined;
  const source = watchForExportedImages(
    exportArchiveLines(path, {
      onFile: (file) => files.add(file),
      onAssetsJson: (text) => (assetsJson = text),
      ...(options.extractImagesTo && { extractImagesTo: options.extractImagesTo }),
    }),
  );
  const parsed = await parseNdjsonLines(source.lines, `${name}:data.ndjson`);
  const images = options.extractImagesTo
    ? localImagesIn(options.extractImagesTo, files, placeholdersOf(assetsJson))
    : {};
  if (!source.found()) return { ...parsed, images };
  const documents = restoreExportedImages(parsed.documents, files, `the export archive ${name}`);
  return { ...parsed, documents, images };
}

async function readNdjson(path: string): Promise<DatasetFile> {
  const name = basename(path);
  const source = watchForExportedImages(ndjsonFileLines(path, { where: name }));
  const parsed = await parseNdjsonLines(source.lines, name);
  const files = await imagesBeside(path);
  const assetsJson = files.size > 0 ? await readFile(join(dirname(path), "assets.json"), "utf8").catch(() => "") : "";
  const images = localImagesIn(dirname(path), files, placeholdersOf(assetsJson));
  if (!source.found()) return { ...parsed, images };
  const documents = restoreExportedImages(parsed.documents, files, `the folder of ${name}`);
  return { ...parsed, documents, images };
}

/**
 * Reads an NDJSON file or a `sanity dataset export` .tar.gz archive, line by
 * line. Images the export wrote as files get their asset references back
 * (archiveAssets/exportedImages.ts), checked against the files the archive,
 * or the folder beside the NDJSON, holds; the files themselves are listed in
 * `images` with the placeholders assets.json gives them.
 */
export async function readDatasetFile(path: string, options: ReadDatasetOptions = {}): Promise<DatasetFile> {
  try {
    await access(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetFileError(`Cannot read dataset file ${path}: ${reason}`);
  }
  return /\.(tar\.gz|tgz)$/.test(basename(path)) ? readArchive(path, options) : readNdjson(path);
}
