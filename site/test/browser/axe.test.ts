import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_LABELS, PAGE_TYPES, samplePages, type PageSample, type PageType } from "../../scripts/pageTypes.ts";
import { wcagViolations } from "../helpers/axeReport.ts";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveBuiltSite, type ServedSite } from "../helpers/builtSite.ts";
import { closePage, openPage, type OpenPageOptions } from "../helpers/openPage.ts";

let site: ServedSite;
let browser: Browser;
let samples: Record<PageType, PageSample>;

beforeAll(async () => {
  site = await serveBuiltSite();
  browser = await launchBrowser();
  samples = samplePages(site.dist);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function violationsOn(type: PageType, options: OpenPageOptions = {}): Promise<string> {
  const page = await openPage(browser, site.origin, samples[type], options);
  try {
    // Closed answers are not rendered, so axe would skip them: open every disclosure first.
    await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
    // Search results are part of the page a patient sees: check them, not just the empty form.
    if (type === "search") {
      await page.locator(".pagefind-ui__search-input").pressSequentially("ketamine");
      await page.locator(".pagefind-ui__result-link").first().waitFor();
    }
    return await wcagViolations(page);
  } finally {
    await closePage(page);
  }
}

const everyPage = PAGE_TYPES.map((type) => [PAGE_LABELS[type], type] as const);

describe("axe finds no WCAG 2.2 AA violation", () => {
  it.each(everyPage)("on the %s page", async (_label, type) => {
    // An empty string on success; on failure, the report reads as the diff.
    expect(await violationsOn(type)).toBe("");
  });

  const narrowAndDark: PageType[] = ["home", "article"];
  it.each(narrowAndDark)("on the %s page at 375 px wide", async (type) => {
    expect(await violationsOn(type, { viewport: { width: 375, height: 812 } })).toBe("");
  });
  // Every page in dark mode: the theme swaps every colour, and Pagefind's UI on /search/ brings its own.
  it.each(everyPage)("on the %s page in dark mode", async (_label, type) => {
    expect(await violationsOn(type, { colorScheme: "dark" })).toBe("");
  });
  it.each(narrowAndDark)("on the %s page in dark mode at 375 px wide", async (type) => {
    expect(await violationsOn(type, { colorScheme: "dark", viewport: { width: 375, height: 812 } })).toBe("");
  });
});
