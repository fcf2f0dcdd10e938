import { createFileSource, type RawDocument } from "@patient-ed/content";
import { article, faq, validDataset, withFields } from "@patient-ed/testing/fixtures";
import { describe, expect, it } from "vitest";
import { reviewBadgeFor } from "../src/review/reviewBadge.ts";
import { reviewLists } from "../src/review/reviewLists.ts";
import { validateDataset } from "../src/validation/validateDataset.ts";

const TODAY = "2026-11-24";

/** Runs a work list's own GROQ over documents, as the Studio's document list does against the Content Lake. */
async function listed(id: string, documents: RawDocument[]): Promise<string[]> {
  const list = reviewLists.find((candidate) => candidate.id === id)!;
  const source = createFileSource(documents, "test", "raw");
  return (await source.fetch(`*[${list.filter}]._id`, list.params(TODAY))) as string[];
}

describe("the clinical review work lists", () => {
  const documents = [
    ...validDataset.filter((doc) => doc._type !== "article" && doc._type !== "faq"),
    withFields(article, { _id: "article-overdue", nextReviewDue: "2026-11-23" }),
    withFields(article, { _id: "article-due-today", nextReviewDue: TODAY, references: [] }),
    withFields(faq, { _id: "faq-due-in-30", nextReviewDue: "2026-12-24" }),
    withFields(faq, { _id: "faq-due-in-31", nextReviewDue: "2026-12-25" }),
    withFields(faq, { _id: "faq-overdue", nextReviewDue: "2025-01-01" }),
  ];

  it("lists articles and FAQ entries whose review date has passed", async () => {
    expect((await listed("overdue-for-review", documents)).sort()).toEqual(["article-overdue", "faq-overdue"]);
  });

  it("lists those due from today to 30 days ahead", async () => {
    expect((await listed("due-within-30-days", documents)).sort()).toEqual(["article-due-today", "faq-due-in-30"]);
  });

  it("lists articles and FAQ entries without sources", async () => {
    expect((await listed("missing-references", documents)).sort()).toEqual([
      "article-due-today",
      "faq-due-in-30",
      "faq-due-in-31",
      "faq-overdue",
    ]);
  });
});

describe("the review badge", () => {
  it("says Overdue after the due date, Due soon within 30 days, nothing otherwise", () => {
    expect(reviewBadgeFor("2026-11-23", TODAY)).toMatchObject({ label: "Overdue", color: "danger" });
    expect(reviewBadgeFor(TODAY, TODAY)).toMatchObject({ label: "Due soon", color: "warning" });
    expect(reviewBadgeFor("2027-06-01", TODAY)).toBeNull();
    expect(reviewBadgeFor(undefined, TODAY)).toBeNull();
  });
});

describe("readability guidance", () => {
  const hardText =
    "Pharmacological antagonism of N-methyl-D-aspartate receptors precipitates downstream intracellular signalling " +
    "cascades, culminating in mammalian target of rapamycin activation, brain-derived neurotrophic factor translation " +
    "and consequent synaptogenesis within prefrontal cortical microcircuitry, thereby potentially ameliorating " +
    "depressive symptomatology in treatment-resistant populations.";
  const body = [
    {
      _type: "block",
      _key: "hard",
      style: "normal",
      markDefs: [],
      children: [{ _type: "span", _key: "s", text: hardText, marks: [] }],
    },
  ];

  it("warns on a hard body and a long sentence, and never blocks publishing", async () => {
    const problems = await validateDataset(
      validDataset.map((doc) => (doc._id === article._id ? withFields(article, { body }) : doc)),
    );
    const onBody = problems.filter((problem) => problem.path === "body");
    expect(onBody).toHaveLength(1);
    expect(onBody[0]).toMatchObject({ level: "warning" });
    expect(onBody[0]!.message).toMatch(/Estimated reading grade \d+(\.\d)? is above the target of 8/);
    expect(onBody[0]!.message).toMatch(/A sentence has more than 25 words: "Pharmacological antagonism/);
    expect(problems.filter((problem) => problem.level === "error")).toEqual([]);
  });
});
