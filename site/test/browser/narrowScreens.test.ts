import { describe, expect, it } from "vitest";
import { PAGE_LABELS, PAGE_TYPES, samplePages, type PageType } from "../../scripts/pageTypes.ts";
import { useBrowserSuite } from "../helpers/browserSuite.ts";
import { closePage, openPage } from "../helpers/openPage.ts";

/** WCAG 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways. */
const NARROWEST = 320;

const suite = useBrowserSuite();

describe(`at ${NARROWEST} px wide nothing scrolls sideways`, () => {
  it.each(PAGE_TYPES.map((type) => [PAGE_LABELS[type], type] as const))(
    "on the %s page",
    async (_label, type: PageType) => {
      const page = await openPage(suite.browser, suite.site.origin, samplePages(suite.site.dist)[type], {
        viewport: { width: NARROWEST, height: 640 },
      });
      try {
        // Open disclosures too: a long answer inside one must reflow as well.
        await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
        const overflow = await page.evaluate(() => {
          const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
          // Name the widest offenders so a failure says where to look.
          const wide = [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 5)
            .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`);
          return { scrollWidth, wide };
        });
        expect(overflow.wide, `elements past the right edge`).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(NARROWEST);
      } finally {
        await closePage(page);
      }
    },
  );
});
