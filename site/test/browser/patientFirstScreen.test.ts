import { describe, expect, it } from "vitest";
import { SAMPLE_ARTICLE_SLUG } from "../../scripts/pageTypes.ts";
import { useBrowserSuite } from "../helpers/browserSuite.ts";

/*
 * What a patient on a phone sees first (375 × 812, an iPhone's CSS viewport):
 * who reviewed the page, help one tap away, and the article's own words
 * within a screen and a half.
 */
const PHONE = { width: 375, height: 812 };

const suite = useBrowserSuite();

describe("on a phone", () => {
  it("starts the article's first paragraph within the first screen and a half", async () => {
    const page = await suite.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${suite.site.origin}/articles/${SAMPLE_ARTICLE_SLUG}/`);
      const top = await page
        .locator(".rich-text p")
        .first()
        .evaluate((p) => p.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThanOrEqual(PHONE.height * 1.5);
      // The contents list is there, closed, one tap from opening.
      const contents = page.locator(".contents-list details");
      expect(await contents.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
      await page.locator(".contents-list summary").click();
      expect(await page.locator(".contents-list li a").first().isVisible()).toBe(true);
      // The emergency numbers appear once near the top: in the help lines, not again in a disclaimer above the text.
      const aboveText = await page.evaluate((limit) => {
        const texts: string[] = [];
        for (const element of document.querySelectorAll("main p, main li")) {
          if (element.getBoundingClientRect().top + scrollY < limit) texts.push(element.textContent ?? "");
        }
        return texts.join(" ");
      }, top);
      expect(aboveText).not.toMatch(/\b(999|988|116 123)\b/);
    } finally {
      await page.close();
    }
  });

  it("shows under the title who reviewed the page and when, linking to the full review details", async () => {
    const page = await suite.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${suite.site.origin}/articles/${SAMPLE_ARTICLE_SLUG}/`);
      const byline = page.locator("h1 + .byline");
      expect(await byline.textContent()).toMatch(
        /^\s*Medically reviewed by Samuel Reyes, MD, board-certified psychiatrist\s*·\s*Last reviewed 1 October 2026\s*$/,
      );
      expect(await byline.locator("time").getAttribute("datetime")).toBe("2026-10-01");
      await byline.locator("a").click();
      await page.waitForURL(/#review-details$/);
      expect(await page.locator("#review-details").textContent()).toContain("Next review due");
      // The full disclaimer is still on the page, where the short one near the top links to.
      expect(await page.locator(".disclaimer-summary a").getAttribute("href")).toBe("#disclaimer");
      expect(await page.locator("#disclaimer").textContent()).toContain("It is not medical advice");
    } finally {
      await page.close();
    }
  });

  it("puts every help line one tap away, as a link that calls or texts the number, and the contact as mailto", async () => {
    const page = await suite.browser.newPage({ viewport: PHONE });
    try {
      await page.goto(`${suite.site.origin}/faq/`);
      const lines = await page
        .locator(".urgent-help a")
        .evaluateAll((links) => links.map((link) => [link.textContent?.trim(), link.getAttribute("href")]));
      expect(lines).toEqual([
        ["Call 999", "tel:999"],
        ["Call 988", "tel:988"],
        ["Text 988", "sms:988"],
        ["Call 111", "tel:111"],
        ["Call 116 123", "tel:116123"],
      ]);
      // Each is a target big enough to tap (WCAG 2.5.8: at least 24 × 24 CSS px).
      for (const box of await page
        .locator(".urgent-help a")
        .evaluateAll((links) => links.map((link) => link.getBoundingClientRect()))) {
        expect(box.height).toBeGreaterThanOrEqual(24);
        expect(box.width).toBeGreaterThanOrEqual(24);
      }
      expect(await page.locator(".site-footer a[href^='mailto:']").getAttribute("href")).toBe(
        "mailto:editorial@example.org",
      );
    } finally {
      await page.close();
    }
  });

  it("keeps the footer at the bottom of a short page, with no page background below it", async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1280, height: 1400 } });
    try {
      await page.goto(`${suite.site.origin}/does-not-exist/`);
      const bottom = await page.locator(".site-footer").evaluate((footer) => footer.getBoundingClientRect().bottom);
      expect(bottom).toBeGreaterThanOrEqual(1400 - 0.5);
    } finally {
      await page.close();
    }
  });
});
