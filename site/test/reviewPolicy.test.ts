import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { beforeAll, describe, expect, it } from "vitest";
import { indexedPages } from "./helpers/searchIndex.ts";
import { buildSite, tempDir } from "./helpers/buildSite.ts";
import { readPage, textOf, treeDigest } from "./helpers/siteFiles.ts";

const ARTICLE = "/articles/ketamine-therapy-and-neuroplasticity/";
const OVERDUE_FAQ = { id: "faq-driving", path: "/faq/driving/", due: "2026-06-01" };
/** Due a day later: on the day the first one is overdue, this one is due that very day. */
const DUE_NEXT_DAY_FAQ = { id: "faq-addiction", path: "/faq/addiction-and-misuse/", due: "2026-06-02" };
const NOTICE = "This page is overdue for its clinical review; it was last reviewed on 1 June 2025";

let dataset: string;

/**
 * The embedded dataset with one FAQ (linked from the article) due for review on 2026-06-01, another due on
 * 2026-06-02, and every other page last reviewed before the earliest date these tests build on (a review dated after
 * "today" is refused).
 */
beforeAll(async () => {
  const { documents } = await readDatasetFile(EMBEDDED_DATASET_PATH);
  const changed = documents.map((doc) => {
    if (doc._id === OVERDUE_FAQ.id) return { ...doc, lastReviewed: "2025-06-01", nextReviewDue: OVERDUE_FAQ.due };
    if (doc._id === DUE_NEXT_DAY_FAQ.id)
      return { ...doc, lastReviewed: "2025-06-02", nextReviewDue: DUE_NEXT_DAY_FAQ.due };
    return "lastReviewed" in doc ? { ...doc, lastReviewed: "2026-01-01", nextReviewDue: "2027-01-01" } : doc;
  });
  dataset = join(tempDir("policy-dataset-"), "data.ndjson");
  writeFileSync(dataset, changed.map((doc) => JSON.stringify(doc)).join("\n"));
});

function build(env: Record<string, string>, outDir = join(tempDir("policy-site-"), "dist")) {
  return buildSite(outDir, { SANITY_DATASET_FILE: dataset, ...env }).then((result) => ({ ...result, outDir }));
}

/** The default policy the day after the first FAQ was due: two tests read this one build. */
let warnBuild: ReturnType<typeof build> | undefined;
const buildWarnTheDayAfter = () => (warnBuild ??= build({ SITE_NOW: "2026-06-02T09:00:00Z" }));

describe("REVIEW_POLICY=warn (the default)", () => {
  it("publishes an overdue page with a visible notice and summarises it in the build log", async () => {
    const { ok, output, outDir } = await buildWarnTheDayAfter();
    expect(ok).toBe(true);
    expect(output).toContain(`faq "${OVERDUE_FAQ.id}"`);
    expect(output).toMatch(/1 page\(s\) overdue for clinical review on 2026-06-02, published with an overdue notice/);
    expect(textOf(readPage(outDir, OVERDUE_FAQ.path).querySelector(".overdue-notice"))).toContain(NOTICE);
    expect(readPage(outDir, ARTICLE).querySelector(".overdue-notice")).toBeNull();
  });

  // 22:00 UTC on 1 June is already 2 June in Tokyo: the first FAQ is overdue there, the second is due that day.
  let tokyoBuild: ReturnType<typeof build> | undefined;
  const buildInTokyo = () => (tokyoBuild ??= build({ SITE_NOW: "2026-06-01T22:00:00Z", SITE_TIMEZONE: "Asia/Tokyo" }));

  it("judges the date in SITE_TIMEZONE, where it may already be the next day", async () => {
    const { ok, outDir } = await buildInTokyo();
    expect(ok).toBe(true);
    expect(textOf(readPage(outDir, OVERDUE_FAQ.path).querySelector(".overdue-notice"))).toContain(NOTICE);
  });

  it("shows no notice on the due date itself", async () => {
    const { ok, outDir } = await buildInTokyo();
    expect(ok).toBe(true);
    expect(readPage(outDir, DUE_NEXT_DAY_FAQ.path).querySelector(".overdue-notice")).toBeNull();
  });
});

describe("REVIEW_POLICY=strict", () => {
  it("fails the build listing every overdue document, and keeps the last good site", async () => {
    const good = await build({ SITE_NOW: "2026-05-01T09:00:00Z", REVIEW_POLICY: "strict" });
    expect(good.ok).toBe(true);
    const before = treeDigest(good.outDir);
    const { ok, output } = await build({ SITE_NOW: "2026-06-02T09:00:00Z", REVIEW_POLICY: "strict" }, good.outDir);
    expect(ok).toBe(false);
    expect(output).toMatch(/REVIEW_POLICY=strict: 1 page is overdue for clinical review on 2026-06-02/);
    expect(output).toContain(
      `faq "${OVERDUE_FAQ.id}" at nextReviewDue: Clinical review was due ${OVERDUE_FAQ.due} (Can I drive after a ketamine treatment?)`,
    );
    expect(treeDigest(good.outDir)).toBe(before);
  });
});

describe("REVIEW_POLICY=hide", () => {
  it("leaves the overdue page out of the site, its links, the sitemap, the feed and search, and says so", async () => {
    const { ok, output, outDir } = await build({ SITE_NOW: "2026-06-02T09:00:00Z", REVIEW_POLICY: "hide" });
    expect(ok).toBe(true);
    expect(output).toMatch(/left out of the site \(REVIEW_POLICY=hide\)/);
    expect(existsSync(join(outDir, OVERDUE_FAQ.path, "index.html"))).toBe(false);
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
