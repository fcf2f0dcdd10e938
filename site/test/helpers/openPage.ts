import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import type { PageSample } from "../../scripts/pageTypes.ts";

export interface OpenPageOptions extends BrowserContextOptions {
  colorScheme?: "light" | "dark";
}

/**
 * Opens a sample page in a fresh context (no state leaks between pages) and
 * waits until it is ready to inspect. The search page builds its form with
 * JavaScript, so it is only ready once Pagefind's input exists.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  sample: PageSample,
  options: OpenPageOptions = {},
): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(`${origin}${sample.path}`, { waitUntil: "load" });
  const expected = sample.type === "notFound" ? 404 : 200;
  if (response?.status() !== expected)
    throw new Error(`${sample.path} answered ${response?.status() ?? "nothing"}, not ${expected}`);
  if (sample.type === "search" && options.javaScriptEnabled !== false)
    await page.locator(".pagefind-ui__search-input").waitFor();
  return page;
}

/** Closes the page's whole context, which openPage created for it alone. */
export function closePage(page: Page): Promise<void> {
  return page.context().close();
}
