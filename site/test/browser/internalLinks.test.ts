import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browserSuite.ts";

/** Far more pages than the site has; the bound only stops a runaway crawl (say, ever-growing query strings). */
const MAX_PAGES = 300;

const suite = useBrowserSuite();

/** Every link on the page as the browser resolves it (a.href is absolute). */
function linksOn(page: Page): Promise<string[]> {
  return page.$$eval("a[href]", (anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
}

/** The ids a fragment can scroll to on the loaded page. */
async function idsOn(page: Page): Promise<Set<string>> {
  return new Set(await page.$$eval("[id]", (elements) => elements.map((element) => element.id)));
}

it(
  "every internal link and anchor reached from the home page resolves in the browser",
  { timeout: 120_000 },
  async () => {
    const origin = suite.site.origin;
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const start = `${origin}/`;
    const queue = [start];
    const linkedFrom = new Map<string, string>([[start, "(start)"]]);
    const idsByPage = new Map<string, Set<string>>();
    const fragmentLinks: { from: string; target: string; fragment: string }[] = [];
    const broken: string[] = [];

    try {
      while (queue.length > 0 && linkedFrom.size <= MAX_PAGES) {
        const url = queue.shift()!;
        const from = linkedFrom.get(url);
        // Feeds, icons and other files: a HEAD request is enough to know they are there.
        if (!url.endsWith("/")) {
          const response = await context.request.head(url);
          if (response.status() !== 200) broken.push(`${from} -> ${url} (HTTP ${response.status()})`);
          continue;
        }
        const response = await page.goto(url);
        if (response?.status() !== 200) {
          broken.push(`${from} -> ${url} (HTTP ${response?.status() ?? "no response"})`);
          continue;
        }
        idsByPage.set(url, await idsOn(page));
        for (const href of await linksOn(page)) {
          const link = new URL(href);
          if (link.origin !== origin) continue;
          const target = `${link.origin}${link.pathname}${link.search}`;
          if (link.hash.length > 1) fragmentLinks.push({ from: url, target, fragment: link.hash.slice(1) });
          if (!linkedFrom.has(target)) {
            linkedFrom.set(target, url);
            queue.push(target);
          }
        }
      }
    } finally {
      await context.close();
    }

    // A fragment into a page that failed to load is already reported as that page's failure.
    for (const { from, target, fragment } of fragmentLinks) {
      const ids = idsByPage.get(target);
      if (ids && !ids.has(decodeURIComponent(fragment)))
        broken.push(`${from} -> ${target}#${fragment} (no such anchor)`);
    }
    expect(broken).toEqual([]);
    expect(linkedFrom.size, "the crawl stopped at its bound; raise MAX_PAGES").toBeLessThanOrEqual(MAX_PAGES);
    // The crawl must have reached every kind of page, or it proves little.
    for (const path of ["/articles/", "/faq/", "/people/", "/search/", "/editorial-policy/"])
      expect(
        [...idsByPage.keys()].some((url) => url.startsWith(`${origin}${path}`)),
        path,
      ).toBe(true);
    expect(fragmentLinks.length, "the site's in-page links (contents list, FAQ anchors) were followed").toBeGreaterThan(
      0,
    );
  },
);
