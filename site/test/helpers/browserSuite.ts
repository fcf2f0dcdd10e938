import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "@patient-ed/testing/browser";
import { serveBuiltSite, type ServedSite } from "./builtSite.ts";

export interface BrowserSuite {
  readonly site: ServedSite;
  readonly browser: Browser;
}

/**
 * For a browser test file: serves the shared build on 127.0.0.1 and opens one
 * headless chromium before the tests, and closes both after them.
 */
export function useBrowserSuite(): BrowserSuite {
  let site: ServedSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveBuiltSite();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get site() {
      if (!site) throw new Error("the site is served only once the tests start");
      return site;
    },
    get browser() {
      if (!browser) throw new Error("the browser opens only once the tests start");
      return browser;
    },
  };
}
