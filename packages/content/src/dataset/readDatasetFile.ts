import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { DatasetFileError } from "../errors/ContentError.ts";
import { parseNdjson, type ParsedDataset } from "./parseNdjson.ts";
import { readExportArchive } from "./readExportArchive.ts";

/** Reads an NDJSON file or a `sanity dataset export` .tar.gz archive. */
export async function readDatasetFile(path: string): Promise<ParsedDataset> {
  const name = basename(path);
  if (/\.(tar\.gz|tgz)$/.test(name)) {
    return parseNdjson(await readExportArchive(path), `${name}:data.ndjson`);
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatasetFileError(`Cannot read dataset file ${path}: ${reason}`);
  }
  return parseNdjson(text, name);
}
