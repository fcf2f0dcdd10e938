import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { useBrowserSuite } from "../helpers/browserSuite.ts";

/** More Tab presses than the FAQ index has focusable elements before its last question. */
const MAX_TABS = 200;

const suite = useBrowserSuite();

/** Presses Tab until a <summary> has focus, as a keyboard user would reach it; returns its question. */
async function tabToSummary(page: Page): Promise<string> {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() =>
      document.activeElement?.tagName === "SUMMARY" ? (document.activeElement.textContent ?? "") : null,
    );
    if (focused !== null) return focused.trim();
  }
  throw new Error(`No FAQ question took focus within ${MAX_TABS} Tab presses`);
}

const isOpen = (page: Page) =>
  page.evaluate(() => (document.activeElement?.closest("details") as HTMLDetailsElement | null)?.open ?? null);

it("FAQ disclosures open and close with the keyboard alone", async () => {
  const page = await suite.browser.newPage();
  try {
    await page.goto(`${suite.site.origin}/faq/`);
    const question = await tabToSummary(page);
    expect(question.length).toBeGreaterThan(0);
    expect(await isOpen(page)).toBe(false);
    for (const key of ["Enter", "Space"]) {
      await page.keyboard.press(key);
      expect(await isOpen(page), `${key} opens "${question}"`).toBe(true);
      await page.keyboard.press(key);
      expect(await isOpen(page), `${key} closes "${question}"`).toBe(false);
    }
  } finally {
    await page.close();
  }
});
