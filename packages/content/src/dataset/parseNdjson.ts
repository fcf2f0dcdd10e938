import { DatasetFileError } from "../errors/ContentError.ts";

/** A document as stored in a Sanity export: any JSON object with an id and a type. */
export interface RawDocument {
  _id: string;
  _type: string;
  [field: string]: unknown;
}

export interface ParsedDataset {
  documents: RawDocument[];
  /** The 1-based line each document came from, for error messages. */
  lineOf: ReadonlyMap<string, number>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Parses Sanity's export format: one JSON document per line. Every problem is
 * reported with the file name and line number, and duplicate ids are refused
 * rather than silently overwritten.
 */
export function parseNdjson(text: string, fileName: string): ParsedDataset {
  const documents: RawDocument[] = [];
  const lineOf = new Map<string, number>();
  const problems: string[] = [];
  const lines = text.split("\n");
  lines.forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const truncated = index === lines.length - 1 ? " (the file may be truncated)" : "";
      problems.push(`${fileName}:${lineNumber}: invalid JSON${truncated}: ${reason}`);
      return;
    }
    if (!isRecord(value) || typeof value._id !== "string" || typeof value._type !== "string") {
      problems.push(`${fileName}:${lineNumber}: not a document (every line needs a string _id and _type)`);
      return;
    }
    const firstLine = lineOf.get(value._id);
    if (firstLine !== undefined) {
      // JSON-quoted: an id is any string, and a newline in one must not start a line of its own.
      const id = JSON.stringify(value._id);
      problems.push(`${fileName}:${lineNumber}: duplicate _id ${id} (first seen on line ${firstLine})`);
      return;
    }
    lineOf.set(value._id, lineNumber);
    documents.push(value as RawDocument);
  });
  if (problems.length > 0) {
    throw new DatasetFileError(`Cannot read dataset ${fileName}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
  return { documents, lineOf };
}
