import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isReservedSlug, SLUG_PATTERN, type RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { toNdjson, without } from "@patient-ed/testing/fixtures";
import { parse } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "../src/lib/dates.ts";
import { bundleDir } from "../src/search/searchBundles.ts";
import { buildSite, tempDir } from "./helpers/buildSite.ts";
import { htmlFiles, listFiles, readPage, textOf, treeDigest } from "./helpers/siteFiles.ts";

const DRAFT_MARKER = "DRAFT-ONLY-TEXT-7f3a";

let dist: string;
let documents: RawDocument[];
const published = (type: string) => documents.filter((doc) => doc._type === type && !doc._id.startsWith("drafts."));
const slugOf = (doc: RawDocument) => (doc.slug as { current: string }).current;
const byId = (id: unknown) => documents.find((doc) => doc._id === id);

beforeAll(async () => {
  documents = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents;
  dist = join(tempDir("site-build-"), "dist");
  const result = await buildSite(dist);
  expect(result.output).toContain("Site built into");
  expect(result.ok).toBe(true);
});

describe("the site built from the embedded dataset", () => {
  it("has a page for every published article and FAQ entry", () => {
    for (const article of published("article"))
      expect(existsSync(join(dist, "articles", slugOf(article), "index.html"))).toBe(true);
    for (const faq of published("faq")) expect(existsSync(join(dist, "faq", slugOf(faq), "index.html"))).toBe(true);
    expect(published("faq").length).toBeGreaterThanOrEqual(5);
  });

  it("shows the disclaimer, the reviewer with credentials and both review dates on every article and FAQ page", () => {
    const pages = [
      ...published("article").map((doc) => ({ doc, path: `/articles/${slugOf(doc)}/` })),
      ...published("faq").map((doc) => ({ doc, path: `/faq/${slugOf(doc)}/` })),
    ];
    for (const { doc, path } of pages) {
      const page = readPage(dist, path);
      const reviewer = byId((doc.reviewer as { _ref: string })._ref)!;
      expect(textOf(page.querySelector(".disclaimer")), path).toContain(
        String(doc.disclaimer).replace(/\s+/g, " ").trim(),
      );
      const review = textOf(page.querySelector(".review-info"));
      expect(review, path).toContain(`Medically reviewed by ${reviewer.name}, ${reviewer.credentials}`);
      expect(review, path).toContain(`Page last reviewed: ${formatDate(String(doc.lastReviewed))}`);
      expect(review, path).toContain(`Next review due: ${formatDate(String(doc.nextReviewDue))}`);
      expect(page.querySelector(`time[datetime="${doc.lastReviewed}"]`), path).not.toBeNull();
    }
  });

  it("shows each page's review history, newest first: date, reviewer with credentials and what changed", () => {
    const history = readPage(dist, "/articles/ketamine-therapy-and-neuroplasticity/").querySelector(".review-history");
    expect(textOf(history?.querySelector("h2") ?? null)).toBe("Review history");
    const entries = history?.querySelectorAll("li") ?? [];
    expect(entries.map((entry) => textOf(entry))).toEqual([
      "1 October 2026: reviewed by Samuel Reyes, MD, board-certified psychiatrist. Checked against current evidence; added the closing summary.",
      "1 October 2025: reviewed by Samuel Reyes, MD, board-certified psychiatrist. First publication.",
    ]);
    expect(entries.map((entry) => entry.querySelector("time")?.getAttribute("datetime"))).toEqual([
      "2026-10-01",
      "2025-10-01",
    ]);
    // Every FAQ entry has its one sign-off.
    for (const doc of published("faq"))
      expect(readPage(dist, `/faq/${slugOf(doc)}/`).querySelectorAll(".review-history li"), doc._id).toHaveLength(1);
  });

  it("shows every urgent-help line from the settings on every page, each a link to call or text it", () => {
    const settings = byId("siteSettings")!;
    const lines = settings.urgentHelp as { label: string; number: string; kind: "call" | "text" }[];
    for (const file of htmlFiles(dist)) {
      if (file.startsWith("pagefind")) continue;
      const help = parse(readFileSync(join(dist, file), "utf8")).querySelector(".urgent-help");
      const links = help?.querySelectorAll("li") ?? [];
      expect(
        links.map((line) => textOf(line)),
        file,
      ).toEqual(lines.map((line) => `${line.kind === "text" ? "Text" : "Call"} ${line.number} ${line.label}`));
      expect(
        help?.querySelectorAll("a").map((link) => link.getAttribute("href")),
        file,
      ).toEqual(lines.map((line) => `${line.kind === "text" ? "sms" : "tel"}:${line.number.replaceAll(" ", "")}`));
      expect(textOf(help?.querySelector(".urgent-help__note") ?? null), file).toBe(String(settings.urgentHelpNote));
    }
  });

  it("never publishes a draft's text", () => {
    expect(documents.some((doc) => doc._id.startsWith("drafts.") && JSON.stringify(doc).includes(DRAFT_MARKER))).toBe(
      true,
    );
    for (const file of listFiles(dist)) {
      expect(readFileSync(join(dist, file)).includes(DRAFT_MARKER), file).toBe(false);
    }
  });

  it("carries nothing of the draft preview: no banner, no preview routes, no preview stylesheet", () => {
    const files = listFiles(dist);
    expect(files.filter((file) => /_preview|draft-mode/.test(file))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith(".html") || name.endsWith(".css")))
      expect(readFileSync(join(dist, file), "utf8"), file).not.toMatch(/preview-banner|_preview\//);
  });

  it("has no internal link or anchor that leads nowhere", () => {
    const broken: string[] = [];
    for (const file of htmlFiles(dist)) {
      const page = parse(readFileSync(join(dist, file), "utf8"));
      for (const anchor of page.querySelectorAll("a[href]")) {
        const href = anchor.getAttribute("href")!;
        if (/^(https?:|mailto:|tel:|sms:)/.test(href)) continue;
        const url = new URL(href, `http://site/${file}`);
        const target = url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
        if (!existsSync(join(dist, decodeURIComponent(target)))) {
          broken.push(`${file} -> ${href}`);
          continue;
        }
        if (url.hash && target.endsWith(".html")) {
          const targetPage = parse(readFileSync(join(dist, decodeURIComponent(target)), "utf8"));
          if (!targetPage.getElementById(decodeURIComponent(url.hash.slice(1))))
            broken.push(`${file} -> ${href} (no anchor)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("renders the FAQ index as disclosures that work without JavaScript and are linkable", () => {
    const page = readPage(dist, "/faq/");
    const details = page.querySelectorAll("details.faq");
    expect(details).toHaveLength(published("faq").length);
    for (const faq of published("faq")) {
      const disclosure = page.getElementById(slugOf(faq));
      expect(disclosure?.tagName).toBe("DETAILS");
      expect(textOf(disclosure!.querySelector("summary"))).toBe(String(faq.question));
    }
    expect(page.querySelectorAll("script:not([type='application/ld+json'])")).toHaveLength(0);
  });

  it("renders callouts with a visible label and a screen-reader label for the level", () => {
    const article = published("article")[0]!;
    const page = readPage(dist, `/articles/${slugOf(article)}/`);
    const card = page.querySelector(".care-card--emergency, .care-card--urgent");
    expect(card).not.toBeNull();
    expect(textOf(card!.querySelector(".care-card__label"))).toMatch(/Immediate action required|Urgent advice/);
    expect(textOf(card!.querySelector(".sr-only"))).toMatch(/^(Immediate action required|Urgent advice):$/);
  });

  it("marks external links and opens them with rel=noopener", () => {
    const article = published("article")[0]!;
    const external = readPage(dist, `/articles/${slugOf(article)}/`).querySelectorAll("a.external-link");
    expect(external.length).toBeGreaterThan(0);
    for (const link of external) {
      expect(link.getAttribute("rel")).toContain("noopener");
      expect(textOf(link)).toContain("(external site)");
    }
  });

  it("serves nothing at its top level that a standing page's slug could also take", () => {
    const pageSlugs = new Set(published("page").map(slugOf));
    const clashes = readdirSync(dist)
      .map((name) => name.replace(/\.[^.]*$/, ""))
      .filter((name) => SLUG_PATTERN.test(name) && !pageSlugs.has(name) && !isReservedSlug("page", name));
    expect(clashes).toEqual([]);
    // A large site adds numbered search bundles beside pagefind/, which this small one does not have.
    for (const bundle of [1, 2, 9]) expect(isReservedSlug("page", bundleDir(bundle))).toBe(true);
  });

  it("has a 404 page, a sitemap with lastmod, robots.txt and an RSS feed", () => {
    expect(textOf(readPage(dist, "/404.html").querySelector("h1"))).toBe("Page not found");
    const sitemap = readFileSync(join(dist, "sitemap.xml"), "utf8");
    expect(sitemap).toMatch(/<url><loc>[^<]+\/articles\/[^<]+<\/loc><lastmod>\d{4}-\d{2}-\d{2}/);
    expect(readFileSync(join(dist, "robots.txt"), "utf8")).toMatch(/Sitemap: .*\/sitemap\.xml/);
    expect(readFileSync(join(dist, "rss.xml"), "utf8")).toContain(String(published("article")[0]!.title));
  });
});

/** The embedded dataset with the first FAQ entry's disclaimer removed, written as `bad.ndjson` in a new folder. */
function writeBrokenDataset(): string {
  const first = published("faq")[0]!._id;
  const broken = documents.map((doc) => (doc._id === first ? without(doc, "disclaimer") : doc));
  const file = join(tempDir("bad-dataset-"), "bad.ndjson");
  writeFileSync(file, toNdjson(broken));
  return file;
}

describe("a build from content that fails validation", () => {
  it("names the document and the field, and leaves the existing site exactly as it was", async () => {
    const file = writeBrokenDataset();
    const before = treeDigest(dist);
    const result = await buildSite(dist, { SANITY_DATASET_FILE: file });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`faq "${published("faq")[0]!._id}" at disclaimer: Required`);
    expect(result.output).toContain("still holds the last good site");
    expect(result.output).not.toMatch(/\n\s+at .*\.(ts|js):\d+:\d+/);
    expect(treeDigest(dist)).toBe(before);
  });
});

describe("a build with settings it cannot use", () => {
  it("names every variable to fix, one line each and no stack trace, before touching the site", async () => {
    const before = treeDigest(dist);
    const result = await buildSite(dist, {
      SITE_URL: "example.org",
      REVIEW_POLICY: "lenient",
      SANITY_PROJECT_ID: "abc123",
      SITEMAP_MAX_URLS: "lots",
    });
    expect(result.ok).toBe(false);
    const lines = result.output.trim().split("\n");
    expect(lines.slice(0, 4)).toEqual([
      'SITE_URL must be an absolute URL, not "example.org"',
      "SANITY_DATASET is required with SANITY_PROJECT_ID: set both to read the Content Lake",
      'REVIEW_POLICY must be one of warn, strict, hide, not "lenient"',
      'SITEMAP_MAX_URLS must be a whole number from 1 to 50000, not "lots"',
    ]);
    expect(result.output).toContain(`The site was not built: fix the settings above. ${dist} is unchanged.`);
    expect(result.output).not.toMatch(/\n\s+at .*\.(ts|js):\d+:\d+/);
    expect(treeDigest(dist)).toBe(before);
  });

  // The file's own fault proves it was the one read (the embedded dataset would build), in a second, not a build.
  it("reads a relative SANITY_DATASET_FILE from where the command was run", async () => {
    const file = writeBrokenDataset();
    const result = await buildSite(join(dirname(file), "dist"), {
      SANITY_DATASET_FILE: basename(file),
      INIT_CWD: dirname(file),
    });
    expect(result.ok).toBe(false);
    expect(result.output).toContain(`faq "${published("faq")[0]!._id}" at disclaimer: Required`);
  });
});

describe("a build that would remove more of the live site than SITE_MAX_REMOVED_PERCENT allows", () => {
  it("fails naming the pages and keeps the site, then goes ahead once the operator confirms the count", async () => {
    const withoutPages = documents.filter((doc) => doc._type !== "page");
    const removedPaths = published("page").map((doc) => `/${slugOf(doc)}/`);
    const file = join(tempDir("fewer-pages-"), "fewer.ndjson");
    writeFileSync(file, withoutPages.map((doc) => JSON.stringify(doc)).join("\n"));
    // Two pages of the embedded dataset's few dozen: over a 5 % limit, as a fault upstream would be over 20 %.
    const settings = { SANITY_DATASET_FILE: file, SITE_MAX_REMOVED_PERCENT: "5" };
    const before = treeDigest(dist);
    const refused = await buildSite(dist, settings);
    expect(refused.ok).toBe(false);
    expect(refused.output).toMatch(/This build would remove 2 of the live site's \d+ pages \(\d+ %\)/);
    for (const path of removedPaths) expect(refused.output).toContain(`  - ${path}`);
    expect(refused.output).toContain("build again with SITE_CONFIRM_REMOVED_PAGES=2");
    expect(treeDigest(dist)).toBe(before);

    const record = join(tempDir("pages-record-"), "live-pages.txt");
    const confirmed = await buildSite(dist, {
      ...settings,
      SITE_CONFIRM_REMOVED_PAGES: "2",
      SITE_PAGES_RECORD: record,
    });
    expect(confirmed.output).toContain("Site built into");
    for (const path of removedPaths) expect(existsSync(join(dist, path, "index.html")), path).toBe(false);
    const recorded = readFileSync(record, "utf8").split("\n");
    expect(recorded).toContain("/faq/");
    for (const path of removedPaths) expect(recorded).not.toContain(path);
  });
});
