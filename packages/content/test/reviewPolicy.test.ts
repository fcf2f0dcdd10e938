import { describe, expect, it } from "vitest";
import {
  applyReviewPolicy,
  createFileSource,
  loadSiteContent,
  parseReviewPolicy,
  ReviewPolicyError,
  reviewToday,
  type SiteContent,
} from "@patient-ed/content";
import { article, faq, reviewer, settings, withFields } from "./fixtures/validDataset.ts";

// The FAQ is due on 2027-01-15; the article is not due until much later.
async function content(): Promise<SiteContent> {
  const laterArticle = withFields(article, { lastReviewed: "2026-06-01", nextReviewDue: "2028-01-01" });
  return loadSiteContent(createFileSource([settings, reviewer, laterArticle, faq], "test"));
}

describe("the review policy at the boundaries of the due date", () => {
  const cases = [
    { today: "2027-01-14", label: "due tomorrow", overdue: false },
    { today: "2027-01-15", label: "due today", overdue: false },
    { today: "2027-01-16", label: "due yesterday", overdue: true },
  ];

  describe.each(cases)("$label", ({ today, overdue }) => {
    it("warn keeps every page and lists the overdue ones", async () => {
      const outcome = applyReviewPolicy(await content(), "warn", today);
      expect(outcome.content.faqs).toHaveLength(1);
      expect(outcome.overdue.map((doc) => doc.id)).toEqual(overdue ? ["faq-test"] : []);
    });

    it(`strict ${overdue ? "refuses to build, listing id, title and due date" : "builds"}`, async () => {
      const run = async () => applyReviewPolicy(await content(), "strict", today);
      if (!overdue) {
        await expect(run()).resolves.toBeDefined();
        return;
      }
      await expect(run()).rejects.toThrow(ReviewPolicyError);
      await expect(run()).rejects.toThrow(/faq "faq-test" \(Is this a test\?\): review was due 2027-01-15/);
    });

    it(`hide ${overdue ? "leaves the page out" : "keeps the page"}`, async () => {
      const outcome = applyReviewPolicy(await content(), "hide", today);
      expect(outcome.content.faqs.map((doc) => doc._id)).toEqual(overdue ? [] : ["faq-test"]);
      expect(outcome.content.articles).toHaveLength(1);
    });
  });
});

describe("today, where the publisher is", () => {
  // 23:30 UTC on the due date is already the next day in Auckland.
  const env = { SITE_NOW: "2027-01-15T23:30:00Z" };

  it("is judged in the settings' time zone by default", () => {
    expect(reviewToday("UTC", env)).toBe("2027-01-15");
    expect(reviewToday("Pacific/Auckland", env)).toBe("2027-01-16");
  });

  it("is judged in SITE_TIMEZONE when set, over the settings", () => {
    expect(reviewToday("UTC", { ...env, SITE_TIMEZONE: "Pacific/Auckland" })).toBe("2027-01-16");
  });

  it("makes a page overdue in Auckland that is not yet overdue in UTC", async () => {
    const inUtc = applyReviewPolicy(await content(), "hide", reviewToday("UTC", env));
    const inAuckland = applyReviewPolicy(await content(), "hide", reviewToday("Pacific/Auckland", env));
    expect(inUtc.overdue).toEqual([]);
    expect(inAuckland.overdue.map((doc) => doc.id)).toEqual(["faq-test"]);
  });

  it("refuses a SITE_NOW or SITE_TIMEZONE it cannot read", () => {
    expect(() => reviewToday("UTC", { SITE_NOW: "next tuesday" })).toThrow(/SITE_NOW must be an ISO date-time/);
    expect(() => reviewToday("UTC", { SITE_TIMEZONE: "Moon/Base" })).toThrow(
      /^SITE_TIMEZONE must be an IANA time zone such as Europe\/London, not "Moon\/Base"$/,
    );
  });
});

describe("REVIEW_POLICY", () => {
  it("defaults to warn and refuses unknown values by name", () => {
    expect(parseReviewPolicy({})).toBe("warn");
    expect(parseReviewPolicy({ REVIEW_POLICY: "hide" })).toBe("hide");
    expect(() => parseReviewPolicy({ REVIEW_POLICY: "lenient" })).toThrow(
      /^REVIEW_POLICY must be one of warn, strict, hide, not "lenient"$/,
    );
  });
});
