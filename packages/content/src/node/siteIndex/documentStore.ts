import {
  closeSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { readSearchChunk, type SearchEntry } from "./searchEntries.ts";

/**
 * Where a site index keeps its full documents: a folder, handed between
 * processes as this plain object. Callers never see what is inside it.
 */
export interface StoreLocation {
  dir: string;
}

const DOCUMENTS = "documents.ndjson";
const INDEX = "index.json";
const COMPLETE = "complete";

/** Documents are buffered and written in blocks of about this many bytes. */
const BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * Writes full documents to one file, remembering where each one is, so a
 * build keeps only cards in memory and each page reads its own document back.
 * The store is complete (openable) only once `close()` has run.
 */
export class DocumentStoreWriter {
  readonly location: StoreLocation;
  readonly #fd: number;
  readonly #at = new Map<string, [offset: number, length: number]>();
  #offset = 0;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #closed = false;

  constructor(dir: string) {
    mkdirSync(dir, { recursive: true });
    this.location = { dir };
    this.#fd = openSync(join(dir, DOCUMENTS), "w");
  }

  add(id: string, document: object): void {
    const bytes = Buffer.from(`${JSON.stringify(document)}\n`, "utf8");
    this.#at.set(id, [this.#offset, bytes.length - 1]);
    this.#offset += bytes.length;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= BLOCK_BYTES) this.#flush();
  }

  close(): StoreLocation {
    this.#flush();
    this.#closed = true;
    closeSync(this.#fd);
    const index = join(this.location.dir, INDEX);
    writeFileSync(`${index}.partial`, JSON.stringify(Object.fromEntries(this.#at)));
    renameSync(`${index}.partial`, index);
    writeFileSync(join(this.location.dir, COMPLETE), "");
    return this.location;
  }

  /** Gives up: the folder and everything in it is removed. */
  abandon(): void {
    if (!this.#closed) closeSync(this.#fd);
    this.#closed = true;
    rmSync(this.location.dir, { recursive: true, force: true });
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    writeSync(this.#fd, Buffer.concat(this.#pending, this.#pendingBytes));
    this.#pending = [];
    this.#pendingBytes = 0;
  }
}

/**
 * A closed store, opened for reading: each page reads its own documents.
 * Each read opens and closes the file, so no handle outlives it (a build
 * reads thousands of documents; the cost is a few microseconds each).
 */
export interface DocumentStore {
  /** The document stored under `id`; the caller states its type (the store holds what its index validated). */
  read<T>(id: string): T;
  /** One chunk of the search entries written with the documents (see SiteIndex.searchChunks). */
  searchChunk(chunk: number): SearchEntry[];
}

export function openDocumentStore(location: StoreLocation): DocumentStore {
  let at: Map<string, [number, number]>;
  try {
    readFileSync(join(location.dir, COMPLETE));
    at = new Map(Object.entries(JSON.parse(readFileSync(join(location.dir, INDEX), "utf8")) as object));
  } catch {
    throw new Error(
      `The content store in ${location.dir} is missing or incomplete: its build did not finish writing it.`,
    );
  }
  return {
    read<T>(id: string): T {
      const place = at.get(id);
      if (!place) throw new Error(`The content store has no document ${JSON.stringify(id)}.`);
      const [offset, length] = place;
      const bytes = Buffer.allocUnsafe(length);
      const fd = openSync(join(location.dir, DOCUMENTS), "r");
      try {
        if (readSync(fd, bytes, 0, length, offset) !== length)
          throw new Error(`The content store in ${location.dir} ended early.`);
      } finally {
        closeSync(fd);
      }
      return JSON.parse(bytes.toString("utf8")) as T;
    },
    searchChunk: (chunk) => readSearchChunk(location.dir, chunk),
  };
}

/** Removes a store's folder. */
export function removeDocumentStore(location: StoreLocation): void {
  rmSync(location.dir, { recursive: true, force: true });
}
