import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { portableTextWords } from "../../readability/portableTextWords.ts";
import type { Article } from "../../schemas/article.ts";
import type { Faq } from "../../schemas/faq.ts";

/**
 * What search indexes of one page: its words, and enough to name and link it.
 * Every article and every FAQ entry is a result of its own, so a question
 * finds its own short answer, not only the long article that lists it.
 */
export interface SearchEntry {
  kind: "article" | "faq";
  id: string;
  slug: string;
  title: string;
  text: string;
}

export function articleEntry(article: Article): SearchEntry {
  const text = [article.title, article.summary, portableTextWords(article.body)].join("\n");
  return { kind: "article", id: article._id, slug: article.slug, title: article.title, text };
}

export function faqEntry(faq: Faq): SearchEntry {
  const text = [faq.question, portableTextWords(faq.answer)].join("\n");
  return { kind: "faq", id: faq._id, slug: faq.slug, title: faq.question, text };
}

/** Entries per file, so no single file (or single read) holds the whole site's text. */
export const SEARCH_ENTRIES_PER_CHUNK = 1000;

const chunkFile = (dir: string, chunk: number) => join(dir, "search", `${String(chunk).padStart(5, "0")}.ndjson`);

/** Appends entries into numbered chunk files as the site index is built. */
export class SearchEntryWriter {
  readonly #dir: string;
  #chunks = 0;
  #inChunk = 0;
  #fd: number | undefined;

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(join(dir, "search"), { recursive: true });
  }

  add(entry: SearchEntry): void {
    let fd = this.#fd;
    if (fd === undefined || this.#inChunk === SEARCH_ENTRIES_PER_CHUNK) {
      if (fd !== undefined) closeSync(fd);
      fd = this.#fd = openSync(chunkFile(this.#dir, this.#chunks++), "w");
      this.#inChunk = 0;
    }
    writeSync(fd, `${JSON.stringify(entry)}\n`);
    this.#inChunk++;
  }

  /** Returns how many chunks were written. */
  close(): number {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    return this.#chunks;
  }
}

/** One chunk's entries, in the order they were written. */
export function readSearchChunk(dir: string, chunk: number): SearchEntry[] {
  const file = chunkFile(dir, chunk);
  if (!existsSync(file)) throw new Error(`The content store has no search chunk ${chunk}.`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as SearchEntry);
}
