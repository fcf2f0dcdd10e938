import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentStoreWriter, openDocumentStore } from "@patient-ed/content/node";

const dir = () => join(mkdtempSync(join(tmpdir(), "store-")), "store");

describe("the site index's document store", () => {
  it("gives back each document exactly as written, whatever came before it", () => {
    const writer = new DocumentStoreWriter(dir());
    const documents = [
      { _id: "a", text: "plain" },
      { _id: "b", text: "Ünïcödé, emoji 🧠 and right-to-left עברית take more than one byte" },
      { _id: "c", nested: { list: [1, 2, 3], empty: null } },
    ];
    for (const doc of documents) writer.add(doc._id, doc);
    const store = openDocumentStore(writer.close());
    // Read in another order than written: each read depends only on its own place.
    for (const index of [2, 0, 1]) expect(store.read(documents[index]!._id)).toEqual(documents[index]);
  });

  it("holds documents larger than one write block", () => {
    const writer = new DocumentStoreWriter(dir());
    const big = { _id: "big", text: "x".repeat(5 * 1024 * 1024) };
    writer.add("small", { _id: "small" });
    writer.add("big", big);
    writer.add("last", { _id: "last" });
    const store = openDocumentStore(writer.close());
    expect(store.read("big")).toEqual(big);
    expect(store.read("small")).toEqual({ _id: "small" });
    expect(store.read("last")).toEqual({ _id: "last" });
  });

  it("cannot be opened until it is complete, and names an unknown document", () => {
    const writer = new DocumentStoreWriter(dir());
    writer.add("a", { _id: "a" });
    expect(() => openDocumentStore(writer.location)).toThrow(/missing or incomplete/);
    const store = openDocumentStore(writer.close());
    expect(() => store.read("b")).toThrow('The content store has no document "b".');
  });

  it("leaves nothing behind when abandoned", () => {
    const writer = new DocumentStoreWriter(dir());
    writer.add("a", { _id: "a" });
    writer.abandon();
    expect(existsSync(writer.location.dir)).toBe(false);
    rmSync(writer.location.dir, { recursive: true, force: true });
  });
});
