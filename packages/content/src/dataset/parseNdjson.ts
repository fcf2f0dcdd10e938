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
 * Collects documents line by line, so a dataset is never held as one string
 * (V8 strings stop at ~512 MB; a 100,000-article export is larger). Every
 * problem is kept with its line number and reported together at the end;
 * duplicate ids are refused rather than silently overwritten.
 */
class DatasetCollector {
  readonly documents: RawDocument[] = [];
  readonly lineOf = new Map<string, number>();
  readonly problems: string[] = [];
  private readonly fileName: string;

  constructor(fileName: string) {
    this.fileName = fileName;
  }

  add(line: string, lineNumber: number, isLast: boolean): void {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const truncated = isLast ? " (the file may be truncated)" : "";
      this.problems.push(`${this.fileName}:${lineNumber}: invalid JSON${truncated}: ${reason}`);
      return;
    }
    if (!isRecord(value) || typeof value._id !== "string" || typeof value._type !== "string") {
      this.problems.push(`${this.fileName}:${lineNumber}: not a document (every line needs a string _id and _type)`);
      return;
    }
    const firstLine = this.lineOf.get(value._id);
    if (firstLine !== undefined) {
      // JSON-quoted: an id holding a newline must not be able to forge another problem line.
      this.problems.push(
        `${this.fileName}:${lineNumber}: duplicate _id ${JSON.stringify(value._id)} (first seen on line ${firstLine})`,
      );
      return;
    }
    this.lineOf.set(value._id, lineNumber);
    this.documents.push(value as RawDocument);
  }

  result(): ParsedDataset {
    if (this.problems.length > 0) {
      const list = this.problems.map((problem) => `  - ${problem}`).join("\n");
      throw new DatasetFileError(`Cannot read dataset ${this.fileName}:\n${list}`);
    }
    return { documents: this.documents, lineOf: this.lineOf };
  }
}

/** Parses Sanity's export format (one JSON document per line) from lines read as a stream. */
export async function parseNdjsonLines(
  lines: AsyncIterable<string> | Iterable<string>,
  fileName: string,
): Promise<ParsedDataset> {
  const collector = new DatasetCollector(fileName);
  // One line behind, so the last line is known when it is parsed (a truncated file ends mid-line).
  let pending: string | undefined;
  let lineNumber = 0;
  for await (const line of lines) {
    if (pending !== undefined) collector.add(pending, lineNumber, false);
    pending = line;
    lineNumber++;
  }
  if (pending !== undefined) collector.add(pending, lineNumber, true);
  return collector.result();
}

/** Parses Sanity's export format from a string already in memory. */
export function parseNdjson(text: string, fileName: string): ParsedDataset {
  const collector = new DatasetCollector(fileName);
  const lines = text.split("\n");
  lines.forEach((line, index) => collector.add(line, index + 1, index === lines.length - 1));
  return collector.result();
}
