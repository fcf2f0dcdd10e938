import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { samplePages } from "../../scripts/pageTypes.ts";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveBuiltSite, type ServedSite } from "../helpers/builtSite.ts";
import { closePage, openPage } from "../helpers/openPage.ts";

let site: ServedSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serveBuiltSite();
  browser = await launchBrowser();
  page = await openPage(browser, site.origin, samplePages(site.dist).article);
  // Patients print articles to take to appointments; this is what the paper shows.
  await page.emulateMedia({ media: "print" });
});

afterAll(async () => {
  if (page) await closePage(page);
  await browser?.close();
  await site?.close();
});

it("keeps the medical disclaimer and the review dates on the printed article", async () => {
  expect(await page.locator(".disclaimer").isVisible()).toBe(true);
  const review = page.locator(".review-info");
  expect(await review.isVisible()).toBe(true);
  expect(await review.textContent()).toMatch(/Page last reviewed:.*\d{4}[\s\S]*Next review due:.*\d{4}/);
});

it("prints each link's address after it", async () => {
  const links = await page.locator("main a[href]").evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      href: anchor.getAttribute("href") ?? "",
      after: getComputedStyle(anchor, "::after").content,
    })),
  );
  const external = links.filter((link) => link.href.startsWith("http"));
  const internal = links.filter((link) => link.href.startsWith("/"));
  expect(external.length).toBeGreaterThan(0);
  expect(internal.length).toBeGreaterThan(0);
  const missing = [...external, ...internal].filter((link) => !link.after.includes(link.href));
  expect(missing).toEqual([]);
});

it("leaves out the navigation a printout cannot use", async () => {
  expect(await page.locator(".site-header nav").isVisible()).toBe(false);
  expect(await page.locator(".breadcrumbs").isVisible()).toBe(false);
});
