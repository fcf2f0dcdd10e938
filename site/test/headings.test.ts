import type { RichTextValue } from "@patient-ed/content";
import { describe, expect, it } from "vitest";
import { headingsOf } from "../src/lib/richText/headings.ts";

const heading = (key: string, text: string) => ({
  _type: "block" as const,
  _key: key,
  style: "h2" as const,
  markDefs: [],
  children: [{ _type: "span" as const, _key: `${key}s`, text, marks: [] }],
});

describe("heading ids", () => {
  it("numbers repeated headings in order, skipping ids another heading already took", () => {
    const body = [heading("a", "Risks"), heading("b", "Risks 3"), heading("c", "Risks"), heading("d", "Risks")];
    expect(headingsOf(body as RichTextValue).map((h) => h.id)).toEqual(["risks", "risks-3", "risks-2", "risks-4"]);
  });

  it("gives 2,000 headings with one text 2,000 distinct ids, numbered straight through", () => {
    const body = Array.from({ length: 2000 }, (_, index) => heading(`k${index}`, "Side effects"));
    const ids = headingsOf(body as RichTextValue).map((h) => h.id);
    expect(new Set(ids).size).toBe(2000);
    expect(ids.at(-1)).toBe("side-effects-2000");
  });
});
