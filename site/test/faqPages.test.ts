import type { FaqCard } from "../src/lib/content.ts";
import { describe, expect, it } from "vitest";
import { splitLongGroups, type FaqGroup } from "../src/lib/faqGroups.ts";
import { paginate, QUESTIONS_PER_PAGE } from "../src/lib/pagination.ts";

const questions = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, n) => ({ _id: `${prefix}-${n}`, question: `${prefix} ${n}?` }) as FaqCard);

function faqPages(groups: FaqGroup[]): FaqGroup[][] {
  return paginate(splitLongGroups(groups, QUESTIONS_PER_PAGE), QUESTIONS_PER_PAGE, (group) => group.faqs.length);
}

describe("pages of the FAQ list", () => {
  it("never hold more than 50 questions, even when 3,000 questions belong to no article", () => {
    const groups = [
      { title: "An article", faqs: questions("a", 6) },
      { title: "Other questions", faqs: questions("other", 3000) },
    ];
    const pages = faqPages(groups);
    for (const page of pages) {
      expect(page.reduce((sum, group) => sum + group.faqs.length, 0)).toBeLessThanOrEqual(QUESTIONS_PER_PAGE);
    }
    // Every question once, in order.
    expect(pages.flat().flatMap((group) => group.faqs.map((faq) => faq._id))).toEqual(
      groups.flatMap((group) => group.faqs.map((faq) => faq._id)),
    );
    const titles = pages.flat().map((group) => group.title);
    expect(titles.slice(0, 3)).toEqual(["An article", "Other questions", "Other questions (continued)"]);
    expect(titles.filter((title) => title === "Other questions")).toHaveLength(1);
  });

  it("keep a group that fits on one page whole, starting a new page instead of splitting it", () => {
    const pages = faqPages([
      { title: "First", faqs: questions("f", 30) },
      { title: "Second", faqs: questions("s", 30) },
    ]);
    expect(pages.map((page) => page.map((group) => `${group.title}:${group.faqs.length}`))).toEqual([
      ["First:30"],
      ["Second:30"],
    ]);
  });
});
