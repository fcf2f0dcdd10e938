import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { PAGE_LABELS, samplePages, type PageType } from "../../scripts/pageTypes.ts";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveBuiltSite, type ServedSite } from "../helpers/builtSite.ts";
import { siteDir } from "../helpers/buildSite.ts";
import { closePage, openPage } from "../helpers/openPage.ts";

/**
 * Full-page screenshots for a person to look at (site/screenshots/, not
 * committed): the pages most patients land on, at a small phone's width and
 * a laptop's. They catch what no assertion does: cramped spacing, clashing
 * colours, a layout that merely passes the rules.
 */
const SCREENSHOT_DIR = join(siteDir, "screenshots");
const PAGES: PageType[] = ["home", "article", "faqIndex"];
const WIDTHS = [375, 1280];

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveBuiltSite();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const cases = PAGES.flatMap((type) => WIDTHS.map((width) => [PAGE_LABELS[type], width, type] as const));

it.each(cases)("screenshots the %s page at %i px", async (_label, width, type) => {
  const page = await openPage(browser, site.origin, samplePages(site.dist)[type], {
    viewport: { width, height: 800 },
  });
  try {
    const file = join(SCREENSHOT_DIR, `${type}-${width}.png`);
    const image = await page.screenshot({ path: file, fullPage: true });
    expect(image.byteLength).toBeGreaterThan(1000);
  } finally {
    await closePage(page);
  }
});
