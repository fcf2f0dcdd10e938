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
const titles = (content: PreviewContent) =>
  content.current().then((snapshot) => snapshot.index.articles.map((card) => card.title));

describe("the draft preview's content", () => {
  describe("from the Content Lake", () => {
    let lake: FakeContentLake;
    let content: PreviewContent;
    beforeAll(async () => {
      lake = await startFakeContentLake(() => [
        ...validDataset,
        draftOf(article, { title: "Draft title 91c" }),
        incomplete,
      ]);
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

    it("leaves an incomplete draft out of the index and names what is missing, by field", async () => {
      const snapshot = await content.current();
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
      const first = await content.current();
      expect(await content.current()).toBe(first);
      expect(await titles(content)).toEqual(["First draft"]);
      write("Second draft");
      expect(await titles(content)).toEqual(["Second draft"]);
    });
  });
});
