import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newKeyPair } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { signedOff } from "@patient-ed/testing/signoff";
import { beforeAll, describe, expect, it } from "vitest";
import { indexedPages } from "./helpers/searchIndex.ts";
import { buildSite, tempDir } from "./helpers/buildSite.ts";
import { readPage, textOf, treeDigest } from "./helpers/siteFiles.ts";

const ARTICLE = "/articles/ketamine-therapy-and-neuroplasticity/";
const OVERDUE_FAQ = { id: "faq-driving", path: "/faq/driving/", due: "2026-06-01" };
/** Its answer was edited after its reviewer signed it off. */
const CHANGED_FAQ = {
  id: "faq-side-effects",
  path: "/faq/side-effects/",
  title: "What side effects can ketamine therapy cause?",
};
const CHANGED_NOTICE = "This page has changed since its last clinical review on 1 January 2026.";
/** Due a day later: on the day the first one is overdue, this one is due that very day. */
const DUE_NEXT_DAY_FAQ = { id: "faq-addiction", path: "/faq/addiction-and-misuse/", due: "2026-06-02" };
const NOTICE = "This page is overdue for its clinical review; it was last reviewed on 1 June 2025";

let dataset: string;
/** The same, with one FAQ's answer edited after its sign-off. */
let editedDataset: string;

/**
 * The embedded dataset with one FAQ (linked from the article) due for review on 2026-06-01, another due on
 * 2026-06-02, and every other page last reviewed before the earliest date these tests build on (a review dated after
 * "today" is refused); every page signed off by its reviewer on its new review date.
 */
beforeAll(async () => {
  const { documents } = await readDatasetFile(EMBEDDED_DATASET_PATH);
  const changed = signedOff(
    documents.map((doc) => {
      if (doc._id === OVERDUE_FAQ.id) return { ...doc, lastReviewed: "2025-06-01", nextReviewDue: OVERDUE_FAQ.due };
      if (doc._id === DUE_NEXT_DAY_FAQ.id)
        return { ...doc, lastReviewed: "2025-06-02", nextReviewDue: DUE_NEXT_DAY_FAQ.due };
      return "lastReviewed" in doc ? { ...doc, lastReviewed: "2026-01-01", nextReviewDue: "2027-01-01" } : doc;
    }),
  );
  dataset = join(tempDir("policy-dataset-"), "data.ndjson");
  writeFileSync(dataset, changed.map((doc) => JSON.stringify(doc)).join("\n"));
  const edited = changed.map((doc) =>
    doc._id === CHANGED_FAQ.id ? { ...doc, answer: [...(doc.answer as unknown[])].reverse() } : doc,
  );
  editedDataset = join(tempDir("policy-dataset-"), "edited.ndjson");
  writeFileSync(editedDataset, edited.map((doc) => JSON.stringify(doc)).join("\n"));
});

/** The page's schema.org MedicalWebPage, if it has one. */
function medicalWebPage(page: ReturnType<typeof readPage>): Record<string, unknown> | undefined {
  return page
    .querySelectorAll('script[type="application/ld+json"]')
    .flatMap((script) => [JSON.parse(script.textContent) as unknown].flat() as Record<string, unknown>[])
    .find((data) => data["@type"] === "MedicalWebPage");
}

async function build(
  env: Record<string, string>,
  outDir = join(tempDir("policy-site-"), "dist"),
  data = editedDataset,
) {
  return { ...(await buildSite(outDir, { SANITY_DATASET_FILE: data, ...env })), outDir };
}

/**
 * The default policy the day after the first FAQ was due, judged in SITE_TIMEZONE: 22:00 UTC on 1 June is already
 * 2 June in Tokyo, where the first FAQ is overdue and the second is due that very day. Every test of the default
 * policy, and the hide tests' comparisons, read this one build.
 */
let warnBuild: ReturnType<typeof build> | undefined;
const buildWarnTheDayAfter = () =>
  (warnBuild ??= build({ SITE_NOW: "2026-06-01T22:00:00Z", SITE_TIMEZONE: "Asia/Tokyo" }));

describe("REVIEW_POLICY=warn (the default)", () => {
  it("publishes an overdue page with a visible notice and summarises it in the build log", async () => {
    const { ok, output, outDir } = await buildWarnTheDayAfter();
    expect(ok).toBe(true);
    expect(output).toContain(`faq "${OVERDUE_FAQ.id}"`);
    expect(output).toMatch(/1 page\(s\) overdue for clinical review on 2026-06-02, published with an overdue notice/);
    expect(textOf(readPage(outDir, OVERDUE_FAQ.path).querySelector(".overdue-notice"))).toContain(NOTICE);
    expect(readPage(outDir, ARTICLE).querySelector(".overdue-notice")).toBeNull();
  });

  it("publishes a page edited after sign-off with a notice, claiming no review on the page or in its data", async () => {
    const { ok, output, outDir } = await buildWarnTheDayAfter();
    expect(ok).toBe(true);
    expect(output).toContain(
      `1 page(s) not signed off for what they show, published with a notice and without "Medically reviewed by" (REVIEW_POLICY=warn):\n  - faq "${CHANGED_FAQ.id}" (${CHANGED_FAQ.title}): changed since its clinical sign-off on 2026-01-01: answer`,
    );
    const changed = readPage(outDir, CHANGED_FAQ.path);
    expect(textOf(changed.querySelector(".signoff-notice"))).toContain(CHANGED_NOTICE);
    expect(textOf(changed.querySelector("main"))).not.toContain("Medically reviewed by");
    expect(changed.querySelector(".byline")).toBeNull();
    // Nor does the FAQ list, nor the reviewer's page.
    const listed = readPage(outDir, "/faq/").getElementById("side-effects");
    expect(textOf(listed?.querySelector(".faq__meta") ?? null)).toContain(
      "This answer has changed since its last clinical review on 1 January 2026.",
    );
    expect(textOf(readPage(outDir, "/faq/").getElementById("driving")?.querySelector(".faq__meta") ?? null)).toContain(
      "Reviewed by Samuel Reyes",
    );
    const reviewerPage = readPage(outDir, "/people/samuel-reyes/");
    expect(reviewerPage.querySelectorAll(`a[href="${CHANGED_FAQ.path}"]`)).toHaveLength(0);
    expect(reviewerPage.querySelectorAll(`a[href="${OVERDUE_FAQ.path}"]`)).toHaveLength(1);
    // The pages still signed off keep their review, and say so.
    const article = readPage(outDir, ARTICLE);
    expect(article.querySelector(".signoff-notice")).toBeNull();
    expect(textOf(article.querySelector(".byline"))).toContain("Medically reviewed by Samuel Reyes");
    expect(medicalWebPage(article)).toMatchObject({ lastReviewed: "2026-01-01", reviewedBy: { name: "Samuel Reyes" } });
  });

  it("judges the date in SITE_TIMEZONE, where it may already be the next day", async () => {
    const { ok, outDir } = await buildWarnTheDayAfter();
    expect(ok).toBe(true);
    expect(textOf(readPage(outDir, OVERDUE_FAQ.path).querySelector(".overdue-notice"))).toContain(NOTICE);
  });

  it("shows no notice on the due date itself", async () => {
    const { ok, outDir } = await buildWarnTheDayAfter();
    expect(ok).toBe(true);
    expect(readPage(outDir, DUE_NEXT_DAY_FAQ.path).querySelector(".overdue-notice")).toBeNull();
  });
});

describe("REVIEW_POLICY=strict", () => {
  it("fails the build listing every overdue document, and keeps the last good site", async () => {
    const good = await build({ SITE_NOW: "2026-05-01T09:00:00Z", REVIEW_POLICY: "strict" }, undefined, dataset);
    expect(good.ok).toBe(true);
    const before = treeDigest(good.outDir);
    const { ok, output } = await build({ SITE_NOW: "2026-06-02T09:00:00Z", REVIEW_POLICY: "strict" }, good.outDir);
    expect(ok).toBe(false);
    expect(output).toMatch(
      /REVIEW_POLICY=strict: 1 page is overdue for clinical review on 2026-06-02; 1 page is not signed off for what they show/,
    );
    expect(output).toContain(
      `faq "${CHANGED_FAQ.id}" at answer: Changed since its clinical sign-off on 2026-01-01 (${CHANGED_FAQ.title})`,
    );
    expect(output).toContain(
      `faq "${OVERDUE_FAQ.id}" at nextReviewDue: Clinical review was due ${OVERDUE_FAQ.due} (Can I drive after a ketamine treatment?)`,
    );
    expect(treeDigest(good.outDir)).toBe(before);
  });
});

describe("REVIEW_POLICY=hide", () => {
  it("does not let a missing or wrong sign-off key empty the site: those pages count against the removal guard", async () => {
    const live = join(tempDir("policy-live-"), "dist");
    cpSync((await buildWarnTheDayAfter()).outDir, live, { recursive: true });
    const before = treeDigest(live);
    // A key the content was not signed with: every article and FAQ entry has no trusted sign-off.
    const { ok, output } = await build(
      { SITE_NOW: "2026-06-02T09:00:00Z", REVIEW_POLICY: "hide", SIGNOFF_TRUSTED_KEYS: newKeyPair().publicKey },
      live,
    );
    expect(ok).toBe(false);
    expect(output).toMatch(/This build would remove \d+ of the live site's \d+ pages/);
    expect(treeDigest(live)).toBe(before);
  });

  it("leaves the overdue page out of the site, its links, the sitemap, the feed and search, and says so", async () => {
    const { ok, output, outDir } = await build({ SITE_NOW: "2026-06-02T09:00:00Z", REVIEW_POLICY: "hide" });
    expect(ok).toBe(true);
    expect(output).toMatch(/left out of the site \(REVIEW_POLICY=hide\)/);
    expect(existsSync(join(outDir, OVERDUE_FAQ.path, "index.html"))).toBe(false);
    expect(existsSync(join(outDir, CHANGED_FAQ.path, "index.html"))).toBe(false);
    expect(output).toMatch(
      /1 page\(s\) not signed off for what they show, left out of the site \(REVIEW_POLICY=hide\)/,
    );
    expect(readFileSync(join(outDir, "sitemap.xml"), "utf8")).not.toContain(OVERDUE_FAQ.path);
    expect(readPage(outDir, "/faq/").getElementById("driving")).toBeNull();
    const article = readPage(outDir, ARTICLE);
    expect(article.querySelectorAll(`a[href="${OVERDUE_FAQ.path}"]`)).toHaveLength(0);
    expect(textOf(article.querySelector("h1"))).toBe("Ketamine therapy and neuroplasticity");
    // Search: the question has no result of its own any more; under warn it has one.
    const hidden = indexedPages(outDir);
    expect(hidden.map((page) => page.url)).toContain(ARTICLE);
    expect(hidden.map((page) => page.url)).not.toContain(OVERDUE_FAQ.path);
    const visible = await buildWarnTheDayAfter();
    expect(indexedPages(visible.outDir).map((page) => page.url)).toContain(OVERDUE_FAQ.path);
  });
});
