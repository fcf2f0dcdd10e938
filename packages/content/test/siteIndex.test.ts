import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, createFileSource, type Article, type RawDocument } from "@patient-ed/content";
import { buildSiteIndex } from "@patient-ed/content/node";
import { article, faq, reviewer, settings, validDataset, without, withFields } from "@patient-ed/testing/fixtures";
import { indexDocuments } from "@patient-ed/testing/site-index";

const load = (documents: RawDocument[]) => indexDocuments(documents);

async function contentError(documents: RawDocument[]): Promise<ContentError> {
  try {
    await load(documents);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("the site index: loading and validating site content", () => {
  it("returns validated content with the guarantees pages rely on, cards in memory and documents in the store", async () => {
    const { index, store } = await load(validDataset);
    const [card] = index.articles;
    expect(card?.reviewer).toMatchObject({ name: "Dana Reviewer", credentials: "MD, psychiatrist" });
    expect(card?.lastReviewed).toBe("2026-01-15");
    expect(card).not.toHaveProperty("body");
    expect(store.read<Article>(card!._id).disclaimer).toBe("General information, not medical advice.");
    expect(index.settings.timeZone).toBe("UTC");
    expect(index.faqs[0]?.reviewer.slug).toBe("dana-reviewer");
    expect(index.searchChunks).toBe(1);
    expect(store.searchChunk(0).map((entry) => entry.id)).toEqual(["article-test", "faq-test"]);
  });

  it("leaves no store behind when the content is refused", async () => {
    const storeDir = join(mkdtempSync(join(tmpdir(), "refused-")), "store");
    const source = createFileSource([settings, reviewer, without(article, "disclaimer"), faq], "test dataset");
    await expect(buildSiteIndex(source, { policy: "warn", storeDir, env: {}, signoffKeys: [] })).rejects.toThrow(
      ContentError,
    );
    expect(existsSync(storeDir)).toBe(false);
  });

  it("names the document and field of a missing disclaimer", async () => {
    const error = await contentError([settings, reviewer, without(article, "disclaimer"), faq]);
    expect(error.issues).toEqual([
      { documentId: "article-test", documentType: "article", path: "disclaimer", rule: "Required" },
    ]);
  });

  it("reports every bad document at once, in one readable message", async () => {
    const error = await contentError([
      settings,
      reviewer,
      withFields(article, { disclaimer: "  ", lastReviewed: "2026-02-30" }),
      withFields(faq, { reviewer: { _type: "reference", _ref: "person-missing" }, slug: { current: "Not A Slug" } }),
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid content from test dataset: 2 documents failed validation.
        - article "article-test" at disclaimer: Required
        - article "article-test" at lastReviewed: Must be a real date (YYYY-MM-DD)
        - faq "faq-test" at slug: Use lower-case letters, numbers and single hyphens only
        - faq "faq-test" at reviewer: Required"
    `);
    expect(error.message).not.toMatch(/\bat .*\(.*\.ts:\d+/);
  });

  it("requires the reviewer's credentials, which pages print", async () => {
    const error = await contentError([settings, without(reviewer, "credentials"), article, faq]);
    expect(error.issues.map((issue) => `${issue.documentId} ${issue.path}`)).toEqual([
      "article-test reviewer.credentials",
      "faq-test reviewer.credentials",
    ]);
  });

  it("refuses a next review date that is not after the last review", async () => {
    const error = await contentError([settings, reviewer, withFields(article, { nextReviewDue: "2026-01-15" }), faq]);
    expect(error.issues).toContainEqual(
      expect.objectContaining({
        path: "nextReviewDue",
        rule: "The next review must be due after the last review date",
      }),
    );
  });

  it("refuses two published articles with one slug", async () => {
    const twin = withFields(article, { _id: "article-twin" });
    const error = await contentError([...validDataset, twin]);
    expect(error.issues).toContainEqual(expect.objectContaining({ documentId: "article-twin", path: "slug" }));
  });

  it("refuses an unknown kind of block in rich text", async () => {
    const body = [{ _type: "video", _key: "v" }];
    const error = await contentError([settings, reviewer, withFields(article, { body }), faq]);
    expect(error.issues).toContainEqual(
      expect.objectContaining({ path: "body[0]._type", rule: expect.stringMatching(/Unknown kind of content block/) }),
    );
  });

  it("refuses a site without its settings document", async () => {
    const error = await contentError([reviewer, article, faq]);
    expect(error.issues[0]).toMatchObject({ documentId: "siteSettings" });
  });
});
