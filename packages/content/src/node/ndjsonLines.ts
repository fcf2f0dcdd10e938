import { createReadStream } from "node:fs";
import { DatasetFileError } from "../errors/ContentError.ts";

export interface NdjsonLineOptions {
  /** Longest line accepted, in characters; a longer one stops the read (default 64 Mi characters). */
  maxLineChars?: number;
  /** Names the input in the error a line too long raises. */
  where?: string;
}

/** A line longer than a document could sensibly be: the file is damaged or hostile. */
export class LineTooLongError extends DatasetFileError {
  constructor(where: string, lineNumber: number, maxLineChars: number) {
    super(`${where}:${lineNumber}: line longer than ${maxLineChars} characters; no document is that large`);
    this.name = "LineTooLongError";
  }
}

export const DEFAULT_MAX_LINE_CHARS = 64 * 1024 * 1024;

/**
 * Splits NDJSON into lines at "\n" (and "\r\n") only. node:readline also
 * ends a line at U+2028 and U+2029, which JSON leaves unescaped inside
 * strings, so it cuts any document whose text holds one in two. Each chunk
 * is searched once, so a line split over many chunks costs linear time, and
 * a line is never held beyond `maxLineChars`.
 */
export async function* ndjsonLines(
  chunks: AsyncIterable<string>,
  options: NdjsonLineOptions = {},
): AsyncGenerator<string> {
  const maxLineChars = options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS;
  let pending: string[] = [];
  let pendingChars = 0;
  let lineNumber = 0;
  const finish = (): string => {
    const line = pending.join("");
    pending = [];
    pendingChars = 0;
    lineNumber++;
    return line.endsWith("\r") ? line.slice(0, -1) : line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end !== -1; end = chunk.indexOf("\n", start)) {
      pending.push(chunk.slice(start, end));
      pendingChars += end - start;
      if (pendingChars > maxLineChars)
        throw new LineTooLongError(options.where ?? "input", lineNumber + 1, maxLineChars);
      yield finish();
      start = end + 1;
    }
    if (start < chunk.length) {
      pending.push(chunk.slice(start));
      pendingChars += chunk.length - start;
      if (pendingChars > maxLineChars)
        throw new LineTooLongError(options.where ?? "input", lineNumber + 1, maxLineChars);
    }
  }
  if (pendingChars > 0) yield finish();
}

/** The lines of an NDJSON file, read as a UTF-8 stream. */
export function ndjsonFileLines(path: string, options: NdjsonLineOptions = {}): AsyncGenerator<string> {
  return ndjsonLines(createReadStream(path, { encoding: "utf8" }), { where: path, ...options });
}
