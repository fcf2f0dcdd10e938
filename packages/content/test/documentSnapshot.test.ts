import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentSnapshotWriter, readStoredDocument } from "../src/node/documentSnapshot.ts";

const file = () => join(mkdtempSync(join(tmpdir(), "snapshot-")), "documents.ndjson");

describe("the content snapshot", () => {
  it("gives back each document exactly as written, whatever came before it", () => {
    const writer = new DocumentSnapshotWriter(file());
    const documents = [
      { _id: "a", text: "plain" },
      { _id: "b", text: "Ünïcödé, emoji 🧠 and right-to-left עברית take more than one byte" },
      { _id: "c", nested: { list: [1, 2, 3], empty: null } },
    ];
    const stored = documents.map((doc) => writer.add(doc));
    writer.close();
    // Read in another order than written: each read depends only on its own position.
    for (const index of [2, 0, 1]) expect(readStoredDocument(writer.file, stored[index]!)).toEqual(documents[index]);
  });

  it("holds documents larger than one write block", () => {
    const writer = new DocumentSnapshotWriter(file());
    const big = { _id: "big", text: "x".repeat(5 * 1024 * 1024) };
    const before = writer.add({ _id: "small" });
    const at = writer.add(big);
    const after = writer.add({ _id: "last" });
    writer.close();
    expect(readStoredDocument(writer.file, at)).toEqual(big);
    expect(readStoredDocument(writer.file, before)).toEqual({ _id: "small" });
    expect(readStoredDocument(writer.file, after)).toEqual({ _id: "last" });
  });

  it("appears under its name only when complete", () => {
    const writer = new DocumentSnapshotWriter(file());
    writer.add({ _id: "a" });
    expect(existsSync(writer.file)).toBe(false);
    writer.close();
    expect(existsSync(writer.file)).toBe(true);
  });

  it("says so when a position points past the end of the file", () => {
    const writer = new DocumentSnapshotWriter(file());
    const at = writer.add({ _id: "a" });
    writer.close();
    expect(() => readStoredDocument(writer.file, { offset: at.offset + 5, length: at.length })).toThrow(/ended early/);
  });
});
