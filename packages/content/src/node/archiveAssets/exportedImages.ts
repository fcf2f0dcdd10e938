import type { RawDocument } from "../../dataset/parseNdjson.ts";
import type { ContentIssue } from "../../errors/ContentError.ts";
import { ContentError } from "../../errors/ContentError.ts";
import { formatPath } from "../../load/validateDocuments.ts";
import { imageRefOfFile } from "./localImages.ts";

/**
 * `sanity dataset export` replaces each image's `asset` reference with
 * `_sanityAsset: "image@file://./images/<sha1>-<W>x<H>.<ext>"` and writes the
 * file beside the documents (the asset documents themselves are left out).
 * This puts the reference back, as `sanity dataset import` would, so the
 * contract sees the same image shape as from the Content Lake.
 */
const EXPORTED_IMAGE = /^image@file:\/\/\.\/(images\/[^/]+)$/;

/** The image files an export holds, by their path in it (`images/<name>`). */
export type ExportedFiles = ReadonlySet<string>;

function restore(
  value: unknown,
  path: (string | number)[],
  files: ExportedFiles,
  missing: (path: string, file: string) => void,
): unknown {
  if (Array.isArray(value)) return value.map((item, index) => restore(item, [...path, index], files, missing));
  if (typeof value !== "object" || value === null) return value;
  const record = value as Record<string, unknown>;
  const restored: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(record)) {
    if (key === "_sanityAsset" && typeof child === "string") {
      const file = EXPORTED_IMAGE.exec(child)?.[1];
      const ref = file ? imageRefOfFile(file) : null;
      if (!file || !ref) continue;
      if (!files.has(file)) missing(formatPath(path), file);
      restored.asset = { _type: "reference", _ref: ref };
      continue;
    }
    restored[key] = restore(child, key === "_sanityAsset" ? path : [...path, key], files, missing);
  }
  return restored;
}

/**
 * The documents with every exported image reference restored. An image whose
 * file is not in the export is refused, naming the document, the field and
 * the file: the export is incomplete, and the page would show a broken image.
 */
export function restoreExportedImages(
  documents: readonly RawDocument[],
  files: ExportedFiles,
  where: string,
): RawDocument[] {
  const issues: ContentIssue[] = [];
  const restored = documents.map((doc) =>
    JSON.stringify(doc).includes('"_sanityAsset"')
      ? (restore(doc, [], files, (path, file) =>
          issues.push({
            documentId: doc._id,
            documentType: doc._type,
            path,
            rule: `The image file ${file} is not in ${where}`,
          }),
        ) as RawDocument)
      : doc,
  );
  if (issues.length > 0)
    throw new ContentError(
      `${where} is missing ${issues.length} image file${issues.length === 1 ? "" : "s"} its documents use.`,
      issues,
    );
  return restored;
}
