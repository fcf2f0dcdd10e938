import { access } from "node:fs/promises";
import { basename } from "node:path";
import { DatasetFileError } from "../errors/ContentError.ts";
import { parseNdjsonLines, type ParsedDataset } from "../dataset/parseNdjson.ts";
import { ndjsonFileLines } from "./ndjsonLines.ts";
import { exportArchiveLines } from "./readExportArchive.ts";

/** Reads an NDJSON file or a `sanity dataset export` .tar.gz archive, line by line. */
export async function readDatasetFile(path: string): Promise<ParsedDataset> {
  const name = basename(path);
  try {
    await access(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetFileError(`Cannot read dataset file ${path}: ${reason}`);
  }
  if (/\.(tar\.gz|tgz)$/.test(name)) {
    return parseNdjsonLines(exportArchiveLines(path), `${name}:data.ndjson`);
  }
  return parseNdjsonLines(ndjsonFileLines(path, { where: name }), name);
}
