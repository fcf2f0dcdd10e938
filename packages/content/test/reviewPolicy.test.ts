import { describe, expect, it } from "vitest";
import { parseReviewPolicy, ReviewPolicyError, reviewToday, type ReviewPolicy } from "@patient-ed/content";
import { article, faq, reviewer, settings, withFields } from "@patient-ed/testing/fixtures";
import { indexDocuments } from "@patient-ed/testing/site-index";
import { signedOff } from "@patient-ed/testing/signoff";

/**
 * The site index (the build's one path) of a FAQ due on 2027-01-15 and an
 * article not due until much later, with today pinned by SITE_NOW at noon
 * where the settings say (UTC), or as `env` places it.
 */
async function indexOn(today: string, policy: ReviewPolicy, env: Record<string, string> = {}) {
  const laterArticle = withFields(article, { lastReviewed: "2026-06-01", nextReviewDue: "2028-01-01" });
  const { index, dispose } = await indexDocuments(signedOff([settings, reviewer, laterArticle, faq]), {
    policy,
    env: { SITE_NOW: `${today}T12:00:00Z`, ...env },
  });
  dispose();
  return index;
}

describe("the review policy at the boundaries of the due date", () => {
  const cases = [
    { today: "2027-01-14", label: "due tomorrow", overdue: false },
    { today: "2027-01-15", label: "due today", overdue: false },
    { today: "2027-01-16", label: "due yesterday", overdue: true },
  ];

  describe.each(cases)("$label", ({ today, overdue }) => {
    it("warn keeps every page and lists the overdue ones", async () => {
      const index = await indexOn(today, "warn");
      expect(index.faqs).toHaveLength(1);
      expect(index.faqs[0]?.reviewStatus).toBe(overdue ? "overdue" : "due-soon");
      expect(index.overdue.map((doc) => doc.id)).toEqual(overdue ? ["faq-test"] : []);
    });

    it(`strict ${overdue ? "refuses to build, listing id, title and due date" : "builds"}`, async () => {
      const run = () => indexOn(today, "strict");
      if (!overdue) {
        await expect(run()).resolves.toBeDefined();
        return;
      }
      await expect(run()).rejects.toThrow(ReviewPolicyError);
      await expect(run()).rejects.toThrow(/faq "faq-test" \(Is this a test\?\): review was due 2027-01-15/);
    });

    it(`hide ${overdue ? "leaves the page out" : "keeps the page"}`, async () => {
      const index = await indexOn(today, "hide");
      expect(index.faqs.map((doc) => doc._id)).toEqual(overdue ? [] : ["faq-test"]);
      expect(index.articles).toHaveLength(1);
    });
  });
});

describe("the review policy for pages not signed off", () => {
  const unsigned = () => [settings, reviewer, ...signedOff([article]), faq];
  const index = (policy: ReviewPolicy) =>
    indexDocuments(unsigned(), { policy, env: { SITE_NOW: "2026-06-01T12:00:00Z" } }).then((site) => {
      site.dispose();
      return site.index;
    });

  it("warn publishes the page as not signed off, hide leaves it out, strict names it", async () => {
    const warned = await index("warn");
    expect(warned.faqs.map((doc) => [doc._id, doc.signoffStatus])).toEqual([["faq-test", "not-signed-off"]]);
    expect(warned.articles.map((doc) => doc.signoffStatus)).toEqual(["signed-off"]);
    expect((await index("hide")).faqs).toEqual([]);
    await expect(index("strict")).rejects.toThrow(
      'REVIEW_POLICY=strict: 1 page is not signed off for what they show:\n  - faq "faq-test" (Is this a test?): not signed off: it has no clinical sign-off',
    );
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
    const inUtc = await indexOn("2027-01-15", "hide", { ...env });
    const inAuckland = await indexOn("2027-01-15", "hide", { ...env, SITE_TIMEZONE: "Pacific/Auckland" });
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
