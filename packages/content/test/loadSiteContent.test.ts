import { describe, expect, it } from "vitest";
import { ContentError, createFileSource, loadSiteContent, type RawDocument } from "@patient-ed/content";
import { article, faq, reviewer, settings, validDataset, without, withFields } from "./fixtures/validDataset.ts";

function load(documents: RawDocument[]) {
  return loadSiteContent(createFileSource(documents, "test dataset"));
}

async function contentError(documents: RawDocument[]): Promise<ContentError> {
  try {
    await load(documents);
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error("expected a ContentError");
}

describe("loading and validating site content", () => {
  it("returns validated content with the guarantees pages rely on", async () => {
    const content = await load(validDataset);
    const [first] = content.articles;
    expect(first?.disclaimer).toBe("General information, not medical advice.");
    expect(first?.reviewer).toMatchObject({ name: "Dana Reviewer", credentials: "MD, psychiatrist" });
    expect(first?.lastReviewed).toBe("2026-01-15");
    expect(content.settings.timeZone).toBe("UTC");
    expect(content.faqs[0]?.reviewer.slug).toBe("dana-reviewer");
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
      expect.objectContaining({ path: "nextReviewDue", rule: "Must be after lastReviewed" }),
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
