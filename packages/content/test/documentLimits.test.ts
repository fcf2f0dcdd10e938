import { describe, expect, it } from "vitest";
import { documentLimitProblems, MAX_NESTING_DEPTH, MAX_TEXT_LENGTH } from "@patient-ed/content";

describe("the limits every document's text and shape must keep", () => {
  it("names the field of each refused character: control, noncharacter, half a UTF-16 pair", () => {
    const problems = documentLimitProblems({
      _id: "article-1",
      title: "Ketamine\u0007",
      summary: "fine",
      body: [{ children: [{ text: "ok" }, { text: "x\uFFFE" }] }],
      disclaimer: "broken \uD83D here",
    });
    expect(problems.map((problem) => [problem.path.join("."), problem.rule.split(" (")[0]])).toEqual([
      ["title", "Contains an invisible control character"],
      ["body.0.children.1.text", "Contains a character that is not text"],
      ["disclaimer", "Contains a broken character"],
    ]);
  });

  it("accepts tabs, line breaks, emoji and every script", () => {
    expect(documentLimitProblems({ _id: "a", text: "Line\tone\r\nline two 😀 ketamine — кетамин — ケタミン" })).toEqual(
      [],
    );
  });

  it("refuses text over the length limit and nesting past the depth limit", () => {
    let deep: unknown = "leaf";
    for (let level = 0; level <= MAX_NESTING_DEPTH; level++) deep = { next: deep };
    const problems = documentLimitProblems({ _id: "a", long: "x".repeat(MAX_TEXT_LENGTH + 1), deep });
    expect(problems.map((problem) => problem.rule)).toEqual([
      `Must be at most ${MAX_TEXT_LENGTH} characters`,
      `Nested more than ${MAX_NESTING_DEPTH} levels deep`,
    ]);
  });

  it("leaves a dereferenced document (a reviewer with its own _id) to be checked as itself", () => {
    const article = { _id: "article-1", reviewer: { _id: "person-1", name: "Dr\u0000X" } };
    expect(documentLimitProblems(article)).toEqual([]);
    expect(documentLimitProblems(article.reviewer).map((problem) => problem.path)).toEqual([["name"]]);
  });

  it("stops at 20 problems, however many the document holds", () => {
    const body = Array.from({ length: 500 }, () => ({ text: "\u0001" }));
    expect(documentLimitProblems({ _id: "a", body })).toHaveLength(20);
  });
});
