import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DEVELOPMENT_PUBLIC_KEY, type RawDocument } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { launchBrowser } from "@patient-ed/testing/browser";
import { startPreviewServer, type RunningPreviewServer } from "@patient-ed/testing/preview-server";
import { toNdjson, without } from "@patient-ed/testing/fixtures";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { wcagViolations } from "../helpers/axeReport.ts";
import { tempDir } from "../helpers/buildSite.ts";

/*
 * The draft preview server as an editor meets it: `pnpm preview:drafts` (its real entry point, in a child
 * process) over a dataset with drafts, driven in Chromium on 127.0.0.1.
 */
const SECRET = "test-preview-secret-0123456789abcdef";
const STUDIO = "http://127.0.0.1:3333";
/**
 * The embedded dataset's draft of the ketamine article carries this in its title; the published article does not,
 * and the public build of the dataset never contains it (build.test.ts, "never publishes a draft's text").
 */
const DRAFT_MARKER = "DRAFT-ONLY-TEXT-7f3a";
const ARTICLE = "/articles/ketamine-therapy-and-neuroplasticity/";

let server: RunningPreviewServer;
let origin: string;
let browser: Browser;
let datasetFile: string;
let documents: RawDocument[];

function writeDataset(docs: readonly RawDocument[]): void {
  // Replaced whole, as a dataset export is.
  writeFileSync(`${datasetFile}.next`, toNdjson(docs));
  renameSync(`${datasetFile}.next`, datasetFile);
}

const enableUrl = (secret: string, path: string) =>
  `${origin}/api/draft-mode/enable?${new URLSearchParams({ "sanity-preview-secret": secret, "sanity-preview-pathname": path })}`;

/** A signed-in page: the enable step, as the Studio's Presentation tool takes it, then `path`. */
async function previewPage(path: string): Promise<{ page: Page; status: number; headers: Record<string, string> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(enableUrl(SECRET, path), { waitUntil: "load" });
  expect(new URL(page.url()).pathname).toBe(path);
  return { page, status: response?.status() ?? 0, headers: response?.headers() ?? {} };
}

beforeAll(async () => {
  datasetFile = join(tempDir("draft-preview-"), "dataset.ndjson");
  documents = (await readDatasetFile(EMBEDDED_DATASET_PATH)).documents;
  const published = documents.find((doc) => doc._id === "article-ketamine-neuroplasticity");
  if (!published) throw new Error("the embedded dataset has no ketamine article");
  // A draft-only article its editor has not yet given a reviewer.
  const unfinished = without(
    {
      ...published,
      _id: "drafts.article-unfinished",
      title: "An unfinished article",
      slug: { _type: "slug", current: "unfinished" },
    },
    "reviewer",
  );
  documents = [...documents, unfinished];
  writeDataset(documents);
  [server, browser] = await Promise.all([
    startPreviewServer({
      SANITY_DATASET_FILE: datasetFile,
      SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY,
      PREVIEW_SECRET: SECRET,
      PREVIEW_STUDIO_URL: STUDIO,
    }),
    launchBrowser(),
  ]);
  origin = server.origin;
}, 240_000);

afterAll(async () => {
  server?.close();
  await browser?.close();
});

describe("the draft preview server", () => {
  it("answers 401 with no content before the enable step, and to a wrong secret", async () => {
    const before = await fetch(`${origin}${ARTICLE}`);
    expect(before.status).toBe(401);
    const text = await before.text();
    expect(text).toContain("This preview is private");
    expect(text).not.toContain("Ketamine");
    expect(before.headers.get("cache-control")).toBe("private, no-store");

    const wrong = await fetch(enableUrl(`${SECRET}x`, ARTICLE), { redirect: "manual" });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("shows the draft with its banner after the enable step, private and never indexed", async () => {
    const { page, status, headers } = await previewPage(ARTICLE);
    try {
      expect(status).toBe(200);
      expect(await page.locator("h1").textContent()).toContain(DRAFT_MARKER);
      const banner = page.locator(".preview-banner");
      expect(await banner.locator(".preview-banner__title").textContent()).toBe("Draft preview, not published");
      // The draft's title changed since the reviewer signed the published article off.
      expect(await banner.textContent()).toMatch(/Changed since its clinical sign-off on .*: title/);
      expect(await banner.textContent()).toContain("without “Medically reviewed by”");
      expect(headers["cache-control"]).toBe("private, no-store");
      expect(headers["x-robots-tag"]).toContain("noindex");
      expect(headers["content-security-policy"]).toContain(`frame-ancestors ${STUDIO}`);
      expect(headers["content-security-policy"]).toContain("script-src 'self'");
      // Built assets too: the adapter would mark them public and immutable.
      const stylesheet = await page.locator('link[rel="stylesheet"][href*="/_astro/"]').first().getAttribute("href");
      const asset = await page.request.get(`${origin}${stylesheet ?? ""}`);
      expect(asset.status()).toBe(200);
      expect(asset.headers()["cache-control"]).toBe("private, no-store");
      const [cookie] = await page.context().cookies();
      expect(cookie).toMatchObject({ name: "patient-ed-preview", httpOnly: true, sameSite: "Lax" });
      expect(await wcagViolations(page)).toBe("");
    } finally {
      await page.context().close();
    }
  });

  it("previews a draft-only article missing its reviewer with status 200, naming the field", async () => {
    const { page, status } = await previewPage("/articles/unfinished/");
    try {
      expect(status).toBe(200);
      expect(await page.locator("h1").textContent()).toBe("An unfinished article");
      const problems = await page.locator(".preview-banner__problems li").allTextContents();
      expect(problems).toContain("reviewer: Required");
      // What is valid still shows: the summary and the body.
      expect(await page.locator(".lead").textContent()).toContain("ketamine");
      expect(await page.locator(".rich-text h2").count()).toBeGreaterThan(0);
      expect(await wcagViolations(page)).toBe("");
    } finally {
      await page.context().close();
    }
  });

  it("shows a saved draft on the next page load, without a restart", async () => {
    const { page } = await previewPage(ARTICLE);
    try {
      writeDataset(
        documents.map((doc) =>
          doc._id === "drafts.article-ketamine-neuroplasticity" ? { ...doc, title: "Ketamine, saved again 2c9e" } : doc,
        ),
      );
      await page.reload({ waitUntil: "load" });
      expect(await page.locator("h1").textContent()).toBe("Ketamine, saved again 2c9e");
    } finally {
      await page.context().close();
      writeDataset(documents);
    }
  });

  it("answers 404 for an address with no document, draft or published", async () => {
    const { page } = await previewPage("/faq/");
    try {
      const response = await page.goto(`${origin}/articles/no-such-article/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Page not found");
    } finally {
      await page.context().close();
    }
  });
});
