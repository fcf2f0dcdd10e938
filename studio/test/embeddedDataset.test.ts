import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { describe, expect, it } from "vitest";
import { validateDataset } from "../src/validation/validateDataset.ts";

describe("the embedded dataset", () => {
  it("passes Sanity's validation against the Studio schema with no errors", async () => {
    const { documents, lineOf } = await readDatasetFile(EMBEDDED_DATASET_PATH);
    const errors = (await validateDataset(documents, lineOf)).filter((problem) => problem.level === "error");
    expect(errors).toEqual([]);
  });

  it("holds the ketamine article, its FAQ entries, people, settings and a draft", async () => {
    const { documents } = await readDatasetFile(EMBEDDED_DATASET_PATH);
    const ofType = (type: string) => documents.filter((doc) => doc._type === type && !doc._id.startsWith("drafts."));
    expect(ofType("article").map((doc) => doc.title)).toContainEqual(expect.stringMatching(/ketamine/i));
    const questions = ofType("faq").map((doc) => String(doc.question));
    for (const topic of [/side effects/i, /insurance/i, /how many/i, /addict/i, /drive/i]) {
      expect(questions.some((question) => topic.test(question))).toBe(true);
    }
    expect(ofType("person").length).toBeGreaterThanOrEqual(2);
    expect(documents.some((doc) => doc._id === "siteSettings")).toBe(true);
    expect(documents.some((doc) => doc._id.startsWith("drafts."))).toBe(true);
  });
});
