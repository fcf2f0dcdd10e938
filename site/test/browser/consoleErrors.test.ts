import { describe, expect, it } from "vitest";
import { PAGE_LABELS, PAGE_TYPES, samplePages, type PageType } from "../../scripts/pageTypes.ts";
import { useBrowserSuite } from "../helpers/browserSuite.ts";
import { watchProblems } from "../helpers/pageProblems.ts";

const suite = useBrowserSuite();

describe("no console errors or failed requests", () => {
  it.each(PAGE_TYPES.map((type) => [PAGE_LABELS[type], type] as const))(
    "on the %s page",
    async (_label, type: PageType) => {
      const sample = samplePages(suite.site.dist)[type];
      const url = `${suite.site.origin}${sample.path}`;
      const context = await suite.browser.newContext();
      try {
        const page = await context.newPage();
        const problems = watchProblems(page, type === "notFound" ? { expectedStatus: { url, status: 404 } } : {});
        await page.goto(url, { waitUntil: "networkidle" });
        // The search page builds its UI after load; give its scripts the chance to fail.
        if (type === "search") await page.locator(".pagefind-ui__search-input").waitFor();
        expect(problems).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
