import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";

/** Where one document sits in a snapshot file. */
export interface StoredAt {
  offset: number;
  length: number;
}

/** Documents are buffered and written in blocks of about this many bytes. */
const BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * Writes validated documents to one file, one JSON document per line, and
 * says where each one went. A build keeps only what its lists need in memory
 * and reads each page's own document back with readStoredDocument, so no
 * step has to hold every body at once. The file appears under its name only
 * when complete: readers never see half a snapshot.
 */
export class DocumentSnapshotWriter {
  readonly file: string;
  readonly #partial: string;
  readonly #fd: number;
  #offset = 0;
  #pending: Buffer[] = [];
  #pendingBytes = 0;
  #closed = false;

  constructor(file: string) {
    this.file = file;
    this.#partial = `${file}.partial`;
    this.#fd = openSync(this.#partial, "w");
  }

  /** Appends one document; returns where it was stored. */
  add(document: object): StoredAt {
    const bytes = Buffer.from(`${JSON.stringify(document)}\n`, "utf8");
    const at = { offset: this.#offset, length: bytes.length - 1 };
    this.#offset += bytes.length;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.length;
    if (this.#pendingBytes >= BLOCK_BYTES) this.#flush();
    return at;
  }

  /** Finishes the file and gives it its name. */
  close(): void {
    this.#flush();
    this.#closed = true;
    closeSync(this.#fd);
    renameSync(this.#partial, this.file);
  }

  /** Gives up on the snapshot: the partial file is removed and no file appears. */
  abandon(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#pending = [];
    closeSync(this.#fd);
    rmSync(this.#partial, { force: true });
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    writeSync(this.#fd, Buffer.concat(this.#pending, this.#pendingBytes));
    this.#pending = [];
    this.#pendingBytes = 0;
  }
}

const openFiles = new Map<string, number>();

/**
 * Reads one document back from a snapshot file. The file stays open for the
 * life of the process: a build reads thousands of documents from it.
 * The caller states the type: a snapshot holds only documents this build
 * validated and wrote.
 */
export function readStoredDocument<T>(file: string, at: StoredAt): T {
  let fd = openFiles.get(file);
  if (fd === undefined) {
    fd = openSync(file, "r");
    openFiles.set(file, fd);
  }
  const bytes = Buffer.allocUnsafe(at.length);
  const read = readSync(fd, bytes, 0, at.length, at.offset);
  if (read !== at.length) {
    throw new Error(`Content snapshot ${file} ended early: expected ${at.length} bytes at offset ${at.offset}.`);
  }
  return JSON.parse(bytes.toString("utf8")) as T;
}
