import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ContentSourceError, createFileSource, type ContentSource, type RawDocument } from "@patient-ed/content";
import { fileMirrorStore, syncMirror, type MirrorState } from "@patient-ed/content/node";
import { article, faq, reviewer, settings, withFields } from "@patient-ed/testing/fixtures";

function memoryStore(initial: MirrorState | null = null) {
  let state = initial;
  return {
    read: async () => state,
    write: async (next: MirrorState) => void (state = next),
    peek: () => state,
    ids: () => (state?.documents ?? []).map((doc) => doc._id).sort(),
  };
}

/** What a faulty Content Lake answers instead of the truth, for the queries it matches. */
type Fault = (query: string, truth: unknown) => unknown;

/** A stand-in Content Lake that counts the documents it sends, and can be made to answer wrongly. */
function lake(documents: () => RawDocument[]): ContentSource & { sent: number; fault: Fault | null } {
  const counter = {
    description: "lake",
    sent: 0,
    fault: null as Fault | null,
    async fetch(query: string, params?: Record<string, unknown>) {
      const truth = await createFileSource(documents(), "lake").fetch(query, params);
      const result = counter.fault ? counter.fault(query, truth) : truth;
      if (Array.isArray(result) && typeof result[0] === "object") counter.sent += result.length;
      return result;
    },
  };
  return counter;
}

const at = (doc: RawDocument, updated: string, rev: string) => withFields(doc, { _updatedAt: updated, _rev: rev });
const isIdList = (query: string) => query.endsWith("._id");
const isChanged = (query: string) => query.includes("$cursor");

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

  it("drops a document deleted or unpublished since the last sync", async () => {
    // Enough documents that one removal is a small share of the mirror, as on a real site.
    const more = Array.from({ length: 10 }, (_, n) =>
      at(
        withFields(faq, { _id: `faq-${n}`, slug: { _type: "slug", current: `q-${n}` } }),
        "2026-01-02T00:00:00Z",
        `q${n}`,
      ),
    );
    dataset = [...dataset, ...more];
    await syncMirror(source, store);
    dataset = dataset.filter((doc) => doc._id !== "faq-test");
    expect(await syncMirror(source, store)).toMatchObject({ kind: "incremental", fetched: 0, removed: 1 });
    expect(store.ids()).not.toContain("faq-test");
  });

  it("starts again from a full fetch when the mirror file is damaged", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "mirror-")), "mirror.ndjson");
    writeFileSync(file, '{"cursor":"2026-01-01T00:00:03Z"}\n{broken');
    expect(await syncMirror(source, fileMirrorStore(file))).toMatchObject({ kind: "full" });
    expect(await fileMirrorStore(file).read()).toMatchObject({ cursor: "2026-01-02T00:00:00Z" });
  });
});

describe("a faulty Content Lake answer never reaches the mirror unchecked", () => {
  const articles = Array.from({ length: 10 }, (_, n) =>
    at(
      withFields(article, { _id: `article-${n}`, slug: { _type: "slug", current: `a-${n}` } }),
      `2026-02-0${(n % 9) + 1}T00:00:00Z`,
      `r${n}`,
    ),
  );
  const healthy = [at(settings, "2026-01-01T00:00:01Z", "s1"), at(reviewer, "2026-01-01T00:00:02Z", "p1"), ...articles];
  const everyId = healthy.map((doc) => doc._id).sort();
  let source: ReturnType<typeof lake>;
  let store: ReturnType<typeof memoryStore>;

  beforeEach(async () => {
    source = lake(() => healthy);
    store = memoryStore();
    await syncMirror(source, store);
    expect(store.ids()).toEqual(everyId);
  });

  it("rebuilds from a full sync when the id list comes back empty: the mirror keeps every document", async () => {
    source.fault = (query, truth) => (isIdList(query) ? [] : truth);
    const result = await syncMirror(source, store);
    expect(result.kind).toBe("full");
    expect(result.repaired).toMatch(/would remove 12 of 12 mirrored documents/);
    expect(store.ids()).toEqual(everyId);
  });

  it("is complete again on the next sync after an empty answer to everything", async () => {
    // Every query answered empty, the full sync too: the mirror follows (the build's mass-removal guard
    // stops that site from going live), then the Content Lake is healthy again.
    source.fault = () => [];
    await syncMirror(source, store);
    expect(store.ids()).toEqual([]);
    source.fault = null;
    await syncMirror(source, store);
    expect(store.ids()).toEqual(everyId);
  });

  it("never moves the cursor past an edit the changed-documents answer missed", async () => {
    // article-3 is edited just after the changed query's snapshot; a new article, saved later still, is fetched by
    // id in the same sync. A cursor taken from that newer document would skip article-3's edit for good.
    const cursor = store.peek()!.cursor;
    const edited = at(withFields(articles[3]!, { title: "Edited" }), "2026-03-01T00:00:00Z", "r3-edited");
    const added = at(
      withFields(article, { _id: "article-new", slug: { _type: "slug", current: "a-new" } }),
      "2026-03-02T00:00:00Z",
      "new",
    );
    const now = [...healthy.filter((doc) => doc._id !== "article-3"), edited, added];
    source = lake(() => now);
    source.fault = (query, truth) => (isChanged(query) ? [] : truth);
    await syncMirror(source, store);
    expect(store.peek()?.cursor).toBe(cursor);
    source.fault = null;
    await syncMirror(source, store);
    expect(store.peek()?.documents.find((doc) => doc._id === "article-3")?.title).toBe("Edited");
  });

  it("fetches documents the id list names but the mirror lacks (an earlier sync cut short)", async () => {
    const state = store.peek()!;
    await store.write({ ...state, documents: state.documents.filter((doc) => doc._id !== "article-3") });
    const result = await syncMirror(source, store);
    expect(result).toMatchObject({ kind: "incremental", fetched: 1, removed: 0 });
    expect(store.ids()).toEqual(everyId);
  });

  it("rebuilds from a full sync when a changed document is missing from the id list", async () => {
    source.fault = (query, truth) =>
      isChanged(query) ? [at(withFields(article, { _id: "article-ghost" }), "2026-03-01T00:00:00Z", "g")] : truth;
    const result = await syncMirror(source, store);
    expect(result.repaired).toMatch(/"article-ghost" is not in the id list/);
    source.fault = null;
    expect(store.ids()).toEqual(everyId);
  });

  it("rebuilds from a full sync when a document named in the id list cannot be fetched", async () => {
    source.fault = (query, truth) => (isIdList(query) ? [...(truth as string[]), "article-vanished"] : truth);
    const result = await syncMirror(source, store);
    expect(result.repaired).toMatch(/"article-vanished", which could not be fetched/);
    expect(store.ids()).toEqual(everyId);
  });

  it.each([
    ["a document twice", (truth: unknown) => [...(truth as RawDocument[]), ...(truth as RawDocument[])], /twice/],
    ["something other than a list", () => ({ result: "oops" }), /with no list/],
    ["an item that is not a document", () => [{ title: "no id" }], /not a document/],
    ["a document of a type it was not asked for", () => [{ _id: "x", _type: "sanity.fileAsset" }], /not asked for/],
  ])("refuses a full sync answer with %s, and keeps the mirror as it was", async (_label, answer, message) => {
    const before = store.peek();
    await store.write({ cursor: null, documents: before!.documents });
    source.fault = (query, truth) => (!isIdList(query) && !isChanged(query) ? answer(truth) : truth);
    const error = await syncMirror(source, store).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentSourceError);
    expect(String(error)).toMatch(message);
    expect(store.ids()).toEqual(everyId);
  });

  it.each([
    ["an id twice", (truth: unknown) => [...(truth as string[]), (truth as string[])[0]], /twice/],
    ["ids that are not strings", () => [1, 2, 3], /other than a list of ids/],
  ])("refuses an id list with %s, and keeps the mirror as it was", async (_label, answer, message) => {
    source.fault = (query, truth) => (isIdList(query) ? answer(truth) : truth);
    const error = await syncMirror(source, store).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentSourceError);
    expect(String(error)).toMatch(message);
    expect(store.ids()).toEqual(everyId);
  });
});
