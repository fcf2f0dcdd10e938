import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEVELOPMENT_PUBLIC_KEY, trustedKey, type RawDocument } from "@patient-ed/content";
import { describe, expect, it } from "vitest";
import { validateDataset, type ValidationProblem } from "../src/validation/validateDataset.ts";
import {
  article,
  faq,
  reviewer,
  settings,
  toNdjson,
  validDataset,
  without,
  withFields,
} from "@patient-ed/testing/fixtures";
import { signedOff } from "@patient-ed/testing/signoff";

/** Validates the fixture dataset with `replacement` in place of the document with the same id. */
async function errorsWith(...replacements: RawDocument[]): Promise<ValidationProblem[]> {
  const replaced = new Map(replacements.map((doc) => [doc._id, doc]));
  const documents = validDataset.map((doc) => replaced.get(doc._id) ?? doc);
  const extra = replacements.filter((doc) => !validDataset.some((original) => original._id === doc._id));
  const problems = await validateDataset([...documents, ...extra]);
  return problems.filter((problem) => problem.level === "error");
}

describe("offline validation with Sanity's engine", () => {
  it("accepts the valid fixture dataset", async () => {
    expect(await errorsWith()).toEqual([]);
  });

  const articleRequired = [
    "title",
    "slug",
    "summary",
    "body",
    "reviewer",
    "disclaimer",
    "lastReviewed",
    "nextReviewDue",
  ];
  it.each(articleRequired)("rejects an article without %s and names the field", async (field) => {
    const errors = await errorsWith(without(article, field));
    expect(errors.map((error) => [error.documentId, error.path])).toContainEqual(["article-test", field]);
  });

  const faqRequired = ["question", "slug", "answer", "reviewer", "disclaimer", "lastReviewed", "nextReviewDue"];
  it.each(faqRequired)("rejects an FAQ without %s and names the field", async (field) => {
    const errors = await errorsWith(without(faq, field));
    expect(errors.map((error) => [error.documentId, error.path])).toContainEqual(["faq-test", field]);
  });

  it("rejects a last review date in the future", async () => {
    const errors = await errorsWith(withFields(article, { lastReviewed: "2999-01-01", nextReviewDue: "2999-06-01" }));
    expect(errors).toContainEqual(
      expect.objectContaining({ path: "lastReviewed", message: "The last review date cannot be in the future" }),
    );
  });

  it("rejects a next review due before the last review", async () => {
    const errors = await errorsWith(withFields(faq, { nextReviewDue: "2025-12-31" }));
    expect(errors).toContainEqual(
      expect.objectContaining({
        documentId: "faq-test",
        path: "nextReviewDue",
        message: expect.stringMatching(/after the last review/),
      }),
    );
  });

  it("rejects a next review due beyond the settings' maximum interval", async () => {
    const errors = await errorsWith(withFields(article, { nextReviewDue: "2028-01-16" }));
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: "nextReviewDue",
        message: expect.stringMatching(/within 24 months.*by 2028-01-15/),
      }),
    );
  });

  it("accepts a next review due exactly at the maximum interval", async () => {
    expect(await errorsWith(withFields(article, { nextReviewDue: "2028-01-15" }))).toEqual([]);
  });

  it("rejects a duplicate slug, answering the uniqueness query from the file", async () => {
    const twin = withFields(article, { _id: "article-twin" });
    const errors = await errorsWith(twin);
    expect(errors).toContainEqual(
      expect.objectContaining({
        documentId: "article-twin",
        path: "slug",
        message: expect.stringMatching(/already in use/),
      }),
    );
  });

  it("allows a draft to share the slug of its own published document", async () => {
    expect(await errorsWith(withFields(article, { _id: "drafts.article-test" }))).toEqual([]);
  });

  it("rejects an image without alternative text", async () => {
    const image = { _type: "image", _key: "img", asset: { _type: "reference", _ref: "image-abc-10x10-png" } };
    const errors = await errorsWith(withFields(article, { body: [...(article.body as object[]), image] }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'body[_key=="img"].alt' }));
  });

  it("rejects a lead image or a photo whose file was removed but whose alt text was kept, in the contract's words", async () => {
    const errors = await errorsWith(
      withFields(article, { leadImage: { _type: "image", alt: "A chair" } }),
      withFields(reviewer, { photo: { _type: "image", alt: "Samuel Reyes" } }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          documentId: "article-test",
          path: "leadImage",
          message: "The lead image needs an image file",
        }),
        expect.objectContaining({ documentId: reviewer._id, path: "photo", message: "A photo needs an image file" }),
      ]),
    );
  });

  it("accepts a body image marked decorative without alt text, and rejects one that is not", async () => {
    const image = (decorative: boolean) => ({
      _type: "image",
      _key: decorative ? "pattern" : "diagram",
      asset: { _type: "reference", _ref: "image-abc-10x10-png" },
      decorative,
    });
    const errors = await errorsWith(
      withFields(article, { body: [...(article.body as object[]), image(true), image(false)] }),
    );
    const paths = errors.map((error) => error.path);
    expect(paths).toContain('body[_key=="diagram"].alt');
    expect(paths).not.toContain('body[_key=="pattern"].alt');
  });

  it("rejects a javascript: link", async () => {
    const body = [
      {
        _type: "block",
        _key: "bad",
        style: "normal",
        markDefs: [{ _type: "link", _key: "l", href: "javascript:alert(1)" }],
        children: [{ _type: "span", _key: "s", text: "click", marks: ["l"] }],
      },
    ];
    const errors = await errorsWith(withFields(article, { body }));
    expect(errors).toContainEqual(expect.objectContaining({ path: 'body[_key=="bad"].markDefs[_key=="l"].href' }));
  });

  it("rejects a reference to a document missing from the file", async () => {
    const errors = await errorsWith(withFields(faq, { reviewer: { _type: "reference", _ref: "person-nobody" } }));
    expect(errors).toContainEqual(expect.objectContaining({ documentId: "faq-test", path: "reviewer" }));
  });

  it("rejects a source with none of URL, DOI or PubMed ID", async () => {
    const errors = await errorsWith(
      withFields(article, { references: [{ _type: "source", _key: "r", title: "Hearsay" }] }),
    );
    expect(errors).toContainEqual(expect.objectContaining({ message: "Give at least one of URL, DOI or PubMed ID" }));
  });

  it("rejects an FAQ question that is not phrased as a question", async () => {
    const errors = await errorsWith(withFields(faq, { question: "Ketamine facts" }));
    expect(errors).toContainEqual(expect.objectContaining({ path: "question" }));
  });
});

describe("offline validation of clinical sign-offs", () => {
  const keys = [trustedKey(DEVELOPMENT_PUBLIC_KEY)];
  const [signedArticle, signedFaq] = signedOff([article, faq]) as [RawDocument, RawDocument];
  const signoffProblems = (problems: ValidationProblem[]) =>
    problems.filter((problem) => /sign-off|signed off/.test(problem.message));

  it("says nothing about published pages signed off for what they show", async () => {
    expect(
      signoffProblems(await validateDataset([settings, reviewer, signedArticle, signedFaq], undefined, keys)),
    ).toEqual([]);
  });

  it("warns, naming the fields, about a page changed since its sign-off and one never signed off, never as an error", async () => {
    const edited = withFields(signedArticle, { title: "An edited title", summary: "An edited summary." });
    // A draft differs from its sign-off until the reviewer signs it: editors must be able to save one.
    const draft = withFields(signedFaq, { _id: "drafts.faq-test", question: "Is this a draft?" });
    const problems = await validateDataset([settings, reviewer, edited, faq, draft], undefined, keys);
    expect(signoffProblems(problems)).toEqual([
      {
        documentId: "article-test",
        documentType: "article",
        level: "warning",
        path: "title, summary",
        message: "Changed since its clinical sign-off on 2026-01-15: patients will see it as not reviewed",
      },
      {
        documentId: "faq-test",
        documentType: "faq",
        level: "warning",
        path: "clinicalSignoff",
        message: "Not signed off (it has no clinical sign-off): patients will see it as not reviewed",
      },
    ]);
    expect(problems.filter((problem) => problem.level === "error")).toEqual([]);
  });

  it("warns about a sign-off made with a key it does not trust", async () => {
    const problems = await validateDataset([settings, reviewer, signedArticle, signedFaq], undefined, []);
    expect(signoffProblems(problems)).toContainEqual(
      expect.objectContaining({
        documentId: "article-test",
        level: "warning",
        message: expect.stringMatching(/^Not signed off \(its clinical sign-off is not trusted: .*which this build/),
      }),
    );
  });

  it("prints the warning with the document, line and fields, and still exits 0", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "validate-signoff-")), "data.ndjson");
    writeFileSync(file, toNdjson([settings, reviewer, withFields(signedArticle, { title: "Edited" }), signedFaq]));
    // execFile rejects on a non-zero exit: resolving is the proof that warnings do not fail the command.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [join(import.meta.dirname, "../src/validation/cli.ts"), file],
      // The fixture is signed with the development key, which validation of a file trusts only when told to.
      { env: { ...process.env, SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY } },
    );
    expect(stdout).toContain(
      'WARNING article "article-test" (line 3) at title: Changed since its clinical sign-off on 2026-01-15: patients will see it as not reviewed',
    );
    expect(stdout).toMatch(/4 documents checked in .*: 0 errors, [1-9]\d* warnings\./);
  });
});
