import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveStatic, type StaticServer } from "@patient-ed/testing/static-server";
import { wcagViolations } from "../helpers/axeReport.ts";
import { buildSite, siteDir, tempDir } from "../helpers/buildSite.ts";
import { htmlErrors } from "../helpers/htmlChecker.ts";
import { writeImageExport, type ImageExport } from "../helpers/imageExport.ts";
import { readPage, textOf } from "../helpers/siteFiles.ts";

/*
 * A site built from a `sanity dataset export` archive with images (helpers/imageExport.ts: a lead image with a
 * crop and hotspot, a diagram in the body, the reviewer's photo, assets.json with placeholders), as a patient
 * gets it: the files resized into the site, the pages naming them, and the pages in Chromium.
 */
const ARTICLE = "/articles/ketamine-therapy-and-neuroplasticity/";
const PERSON = "/people/samuel-reyes/";

let exported: ImageExport;
let served: StaticServer;
let dist: string;
let browser: Browser;

beforeAll(async () => {
  const root = tempDir("image-export-");
  exported = await writeImageExport(root);
  dist = join(root, "dist");
  // Serving (an empty folder) before building reserves the port, so the origin the site names is this one.
  served = await serveStatic(dist);
  const result = await buildSite(dist, { SANITY_DATASET_FILE: exported.archive, SITE_URL: `${served.origin}/` });
  if (!result.ok) throw new Error(`The build of the export archive with images failed:\n${result.output}`);
  browser = await launchBrowser();
  // Measured: the build takes 15 s on a quiet two-core machine.
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Each candidate of a srcset: its path and its width descriptor. */
function candidates(srcset: string | undefined): { path: string; width: number }[] {
  return (srcset ?? "").split(", ").map((entry) => {
    const [path = "", descriptor = ""] = entry.split(" ");
    return { path, width: Number(descriptor.replace(/w$/, "")) };
  });
}

/** A file of the built site by its URL path, and what sharp reads in it. */
async function imageFile(path: string) {
  return sharp(join(dist, path)).metadata();
}

describe("images from an export archive", () => {
  it("are resized into every width the page offers, AVIF first, with the editor's crop", async () => {
    const figure = readPage(dist, ARTICLE).querySelector("figure.lead-image");
    const img = figure?.querySelector("picture > img");
    const avif = figure?.querySelector('picture > source[type="image/avif"]');
    // 1600×1000 less the crop (20% off the right, 10% off the top and the bottom): 1280×800.
    expect(img?.attributes).toMatchObject({
      width: "1280",
      height: "800",
      alt: "Two connected brain cells, drawn as circles joined by a line",
    });
    expect(img?.attributes.sizes).toBe(avif?.attributes.sizes);
    for (const [srcset, format] of [
      [img?.attributes.srcset, "webp"],
      [avif?.attributes.srcset, "heif"],
    ] as const) {
      const offered = candidates(srcset);
      expect(offered.map((candidate) => candidate.width)).toEqual([320, 480, 640, 960, 1280]);
      for (const { path, width } of offered) {
        expect(path).toContain(`/_images/${exported.lead.ref.split("-")[1]}/0-100-1280-800/`);
        const file = await imageFile(path);
        expect([file.format, file.width, file.height]).toEqual([format, width, Math.round((width * 800) / 1280)]);
      }
    }
    // The largest thing near the top of the article: fetched at once.
    expect(img?.attributes.loading).toBeUndefined();
  });

  it("shows Sanity's blurred placeholder behind a large image, and the caption and credit under it", () => {
    const figure = readPage(dist, ARTICLE).querySelector("figure.lead-image");
    const placeholder = figure?.querySelector(".image-frame__placeholder");
    expect(placeholder?.attributes.src).toBe(exported.lead.lqip);
    expect(placeholder?.attributes.alt).toBe("");
    expect(textOf(figure?.querySelector("figcaption") ?? null)).toBe(
      "New connections between brain cells Image: Mind Treatment Guide",
    );
  });

  it("loads a body image lazily at its own size, never enlarged", async () => {
    const figure = readPage(dist, ARTICLE)
      .querySelectorAll("figure")
      .find((candidate) => textOf(candidate.querySelector("figcaption")) === "The three parts of a treatment day");
    // A PNG, which may be transparent: no blurred placeholder behind it, though assets.json gives it one.
    expect(figure?.querySelector(".image-frame__placeholder")).toBeNull();
    const img = figure?.querySelector("img:not(.image-frame__placeholder)");
    expect(img?.attributes).toMatchObject({ width: "900", height: "600", loading: "lazy" });
    expect(candidates(img?.attributes.srcset).map((candidate) => candidate.width)).toEqual([320, 480, 640, 900]);
    expect((await imageFile(candidates(img?.attributes.srcset).at(-1)?.path ?? "")).width).toBe(900);
  });

  it("gives the article a social card cut around the hotspot, 1200×630 JPEG", async () => {
    const page = readPage(dist, ARTICLE);
    const meta = (key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    const card = meta("og:image") ?? "";
    // The crop keeps 1280×800 from y=100; the card's shape (1.9:1) around the hotspot at (40%, 45%) starts at y=114.
    expect(card).toBe(`${served.origin}/_images/${exported.lead.ref.split("-")[1]}/0-114-1280-672/1200.jpg`);
    expect([meta("og:image:width"), meta("og:image:height"), meta("twitter:card"), meta("twitter:image")]).toEqual([
      "1200",
      "630",
      "summary_large_image",
      card,
    ]);
    expect(meta("og:image:alt")).toBe("Two connected brain cells, drawn as circles joined by a line");
    const file = await imageFile(new URL(card).pathname);
    expect([file.format, file.width, file.height]).toEqual(["jpeg", 1200, 630]);
  });

  it("shows a person's photo on their page and, decorative, beside 'Medically reviewed by'", () => {
    const photo = readPage(dist, PERSON).querySelector("img.person-photo");
    expect(photo?.attributes.alt).toBe("Samuel Reyes");
    expect(candidates(photo?.attributes.srcset).map((candidate) => candidate.width)).toEqual([128, 256, 384]);
    const byline = readPage(dist, ARTICLE).querySelector("img.byline__photo");
    expect(byline?.attributes.alt).toBe("");
    expect(candidates(byline?.attributes.srcset).map((candidate) => candidate.width)).toEqual([40, 80, 120]);
  });

  it("builds pages that pass the Nu HTML Checker", { timeout: 120_000 }, async () => {
    const files = [ARTICLE, PERSON].map((path) => join(dist, path, "index.html"));
    expect(await htmlErrors(files, dist)).toEqual([]);
  });
});

async function open(path: string, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  // Layout shifts are recorded from the first paint on, before anything else runs on the page.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(`${served.origin}${path}`, { waitUntil: "load" });
  return page;
}

describe("the article with images, in Chromium", () => {
  it.each([375, 1280])("shows every image, in AVIF, without moving the page as they load (%i px)", async (width) => {
    const page = await open(ARTICLE, width);
    try {
      // Scrolled through so lazy images load too.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForFunction(() => [...document.images].every((image) => image.complete));
      // Decoded, so the screenshot shows the images themselves, not the placeholders under them.
      await page.evaluate(() =>
        Promise.all([...document.images].map((image) => image.decode().catch(() => undefined))),
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      const images = await page.$$eval("img", (all) =>
        all.map((image) => ({ src: image.currentSrc, loaded: image.naturalWidth > 0 })),
      );
      expect(images.filter((image) => !image.loaded)).toEqual([]);
      const shown = images.filter((image) => !image.src.startsWith("data:"));
      expect(shown.map((image) => image.src.split(".").at(-1))).toEqual(["avif", "avif", "avif"]);
      expect(await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)).toEqual([]);
      mkdirSync(join(siteDir, "screenshots"), { recursive: true });
      await page.screenshot({ path: join(siteDir, "screenshots", `article-images-${width}.png`), fullPage: true });
    } finally {
      await page.context().close();
    }
  });

  it.each([ARTICLE, PERSON])("has no WCAG 2.2 AA violations on %s", async (path) => {
    const page = await open(path, 1280);
    try {
      expect(await wcagViolations(page)).toBe("");
    } finally {
      await page.context().close();
    }
  });
});
