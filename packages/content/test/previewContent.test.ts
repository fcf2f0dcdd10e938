import { mkdtempSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RawDocument } from "@patient-ed/content";
import { findIncompleteDraft, openPreviewContent, type PreviewContent } from "@patient-ed/content/node";
import { startFakeContentLake, type FakeContentLake } from "@patient-ed/testing/fakes";
import { article, toNdjson, validDataset, withFields, without } from "@patient-ed/testing/fixtures";

// Sign-offs are not what these tests are about: the policy is warn, so unsigned pages still render.
const env = { SITE_NOW: "2026-06-01T12:00:00Z", REVIEW_POLICY: "warn" };
const draftOf = (doc: RawDocument, fields: Record<string, unknown>) =>
  withFields({ ...doc, _id: `drafts.${doc._id}` }, fields);
/** A draft-only article with no reviewer: drafts are often incomplete. */
const incomplete = without(
  withFields(article, {
    _id: "drafts.article-new",
    title: "An unfinished article",
    slug: { _type: "slug", current: "unfinished" },
  }),
  "reviewer",
);
async function titles(content: PreviewContent): Promise<string[]> {
  const lease = await content.acquire();
  lease.release();
  return lease.snapshot.index.articles.map((card) => card.title);
}

describe("the draft preview's content", () => {
  describe("from the Content Lake", () => {
    let lake: FakeContentLake;
    let content: PreviewContent;
    // Saved within the same second as before, as two quick saves are: only its revision tells them apart.
    let draft = draftOf(article, { title: "Draft title 91c", _rev: "rev-1", _updatedAt: "2026-05-01T10:00:00Z" });
    beforeAll(async () => {
      lake = await startFakeContentLake(() => [...validDataset, draft, incomplete]);
      content = openPreviewContent({
        ...env,
        SANITY_PROJECT_ID: "preview1",
        SANITY_DATASET: "production",
        SANITY_API_HOST: lake.url,
        SANITY_API_READ_TOKEN: "viewer-token-5d2",
      });
    });
    afterAll(async () => {
      content.close();
      await lake.close();
    });

    it("asks for the drafts perspective with the viewer token, and lays each draft over its document", async () => {
      expect(await titles(content)).toEqual(["Draft title 91c"]);
      expect(lake.requests.length).toBeGreaterThan(0);
      for (const request of lake.requests) {
        expect(request.query.get("perspective")).toBe("drafts");
        expect(request.headers.authorization).toBe("Bearer viewer-token-5d2");
      }
    });

    it("reads the drafts again only after a save, which its change check sees by revision", async () => {
      expect(await titles(content)).toEqual(["Draft title 91c"]);
      const before = lake.requests.length;
      expect(await titles(content)).toEqual(["Draft title 91c"]);
      expect(lake.requests.length - before, "the change check alone").toBe(1);
      draft = { ...draft, title: "Draft title 91d", _rev: "rev-2" };
      expect(await titles(content)).toEqual(["Draft title 91d"]);
    });

    it("leaves an incomplete draft out of the index and names what is missing, by field", async () => {
      const { snapshot, release } = await content.acquire();
      release();
      expect(snapshot.issues).toContainEqual({
        documentId: "article-new",
        documentType: "article",
        path: "reviewer",
        rule: "Required",
      });
      const draft = await findIncompleteDraft(snapshot, "article", "unfinished");
      expect(draft).toMatchObject({ id: "article-new", heading: "An unfinished article", summary: article.summary });
      expect(draft?.issues.map((issue) => issue.path)).toEqual(["reviewer"]);
      expect(await findIncompleteDraft(snapshot, "article", "no-such-slug")).toBeNull();
    });
  });

  describe("from a dataset file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "preview-content-")), "dataset.ndjson");
    const write = (title: string) => {
      // Replaced whole, as an export or an editor's tool would write it.
      writeFileSync(`${file}.next`, toNdjson([...validDataset, draftOf(article, { title })]));
      renameSync(`${file}.next`, file);
    };
    let content: PreviewContent;
    beforeAll(() => {
      write("First draft");
      content = openPreviewContent({ ...env, SANITY_DATASET_FILE: file });
    });
    afterAll(() => content.close());

    it("reuses a snapshot while the file is unchanged, and reads a saved draft on the next request", async () => {
      const first = await content.acquire();
      first.release();
      const again = await content.acquire();
      again.release();
      expect(again.snapshot).toBe(first.snapshot);
      expect(await titles(content)).toEqual(["First draft"]);
      write("Second draft");
      expect(await titles(content)).toEqual(["Second draft"]);
    });

    it("keeps a replaced snapshot's documents until the request reading them is done", async () => {
      const held = await content.acquire();
      const id = held.snapshot.index.articles[0]?._id ?? "";
      write("Third draft");
      expect(await titles(content)).toEqual(["Third draft"]);
      // The request that started before the save still reads its own snapshot whole.
      expect(held.snapshot.store.read<{ title: string }>(id).title).toBe("Second draft");
      held.release();
      expect(() => held.snapshot.store.read(id)).toThrow();
    });
  });
});
