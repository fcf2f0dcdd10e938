import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileSource, type ContentSource, type RawDocument } from "@patient-ed/content";
import { fileMirrorStore, syncMirror, type MirrorState } from "@patient-ed/content/node";
import { article, faq, reviewer, settings, withFields } from "@patient-ed/testing/fixtures";

function memoryStore(initial: MirrorState | null = null) {
  let state = initial;
  return { read: async () => state, write: async (next: MirrorState) => void (state = next), peek: () => state };
}

/** A stand-in Content Lake that counts the documents it sends. */
function lake(documents: () => RawDocument[]): ContentSource & { sent: number } {
  const counter = {
    description: "lake",
    sent: 0,
    async fetch(query: string, params?: Record<string, unknown>) {
      const result = await createFileSource(documents(), "lake").fetch(query, params);
      if (Array.isArray(result) && typeof result[0] === "object") counter.sent += result.length;
      return result;
    },
  };
  return counter;
}

const at = (doc: RawDocument, updated: string, rev: string) => withFields(doc, { _updatedAt: updated, _rev: rev });

describe("syncing the Content Lake mirror", () => {
  let dataset = [
    at(settings, "2026-01-01T00:00:01Z", "s1"),
    at(reviewer, "2026-01-01T00:00:02Z", "p1"),
    at(article, "2026-01-01T00:00:03Z", "a1"),
    at(faq, "2026-01-01T00:00:03Z", "f1"),
  ];
  const source = lake(() => dataset);
  const store = memoryStore();

  it("fetches everything the first time and remembers the newest _updatedAt", async () => {
    const result = await syncMirror(source, store);
    expect(result).toMatchObject({ kind: "full", fetched: 4, removed: 0 });
    expect(store.peek()?.cursor).toBe("2026-01-01T00:00:03Z");
  });

  it("fetches nothing when nothing changed, even documents saved in the cursor's own second", async () => {
    source.sent = 0;
    expect(await syncMirror(source, store)).toMatchObject({ kind: "incremental", fetched: 0, removed: 0 });
    expect(source.sent).toBe(0);
  });

  it("fetches a document saved again in the cursor's second under a new revision", async () => {
    dataset = dataset.map((doc) =>
      doc._id === "faq-test" ? withFields(doc, { _rev: "f2", question: "Changed?" }) : doc,
    );
    const result = await syncMirror(source, store);
    expect(result).toMatchObject({ fetched: 1 });
    expect(store.peek()?.documents.find((doc) => doc._id === "faq-test")?.question).toBe("Changed?");
  });

  it("drops documents deleted or unpublished since the last sync", async () => {
    dataset = dataset.filter((doc) => doc._id !== "faq-test");
    expect(await syncMirror(source, store)).toMatchObject({ fetched: 0, removed: 1 });
    expect(store.peek()?.documents.map((doc) => doc._id)).not.toContain("faq-test");
  });

  it("starts again from a full fetch when the mirror file is damaged", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mirror-")), "mirror.ndjson");
    writeFileSync(file, '{"cursor":"2026-01-01T00:00:03Z"}\n{broken');
    expect(await syncMirror(source, fileMirrorStore(file))).toMatchObject({ kind: "full" });
    expect(await fileMirrorStore(file).read()).toMatchObject({ cursor: "2026-01-01T00:00:03Z" });
  });
});
