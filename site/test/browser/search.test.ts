import { expect, it } from "vitest";
import { SAMPLE_ARTICLE_SLUG } from "../../scripts/pageTypes.ts";
import { useBrowserSuite } from "../helpers/browserSuite.ts";
import { watchProblems } from "../helpers/pageProblems.ts";

const suite = useBrowserSuite();

it("search finds the ketamine article for “neuroplasticity”", async () => {
  const page = await suite.browser.newPage();
  try {
    // Searching loads Pagefind's WebAssembly and index chunks: none of them may fail.
    const problems = watchProblems(page);
    await page.goto(`${suite.site.origin}/search/`);
    const input = page.locator(".pagefind-ui__search-input");
    await input.pressSequentially("neuroplasticity");
    const result = page.locator(`.pagefind-ui__result-link[href*="/articles/${SAMPLE_ARTICLE_SLUG}/"]`).first();
    await result.waitFor({ timeout: 30_000 });
    expect(await result.textContent()).toMatch(/ketamine/i);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
});

it("the search page explains itself when JavaScript is off", async () => {
  const context = await suite.browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${suite.site.origin}/search/`);
    const notice = page.locator(".notice").filter({ hasText: "Search needs JavaScript" });
    expect(await notice.isVisible()).toBe(true);
    // It offers the ways to find pages without search.
    expect(await notice.locator("a").evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual([
      "/articles/",
      "/faq/",
    ]);
  } finally {
    await context.close();
  }
});

it("finds the answer to a question first, and opens it: “can I drive”", async () => {
  const page = await suite.browser.newPage();
  try {
    const problems = watchProblems(page);
    await page.goto(`${suite.site.origin}/search/`);
    await page.locator(".pagefind-ui__search-input").pressSequentially("can I drive");
    const first = page.locator(".pagefind-ui__result").first();
    await first.locator(".pagefind-ui__result-link").waitFor({ timeout: 30_000 });
    const link = first.locator(".pagefind-ui__result-link");
    expect(await link.textContent()).toBe("Can I drive after a ketamine treatment?");
    // The excerpt does not repeat the title above it, and says when it stops short.
    const excerpt = (await first.locator(".pagefind-ui__result-excerpt").textContent()) ?? "";
    expect(excerpt).not.toMatch(/^Can I drive after a ketamine treatment\?/);
    expect(excerpt.trim()).toMatch(/…$/);
    await link.click();
    await page.waitForURL(/\/faq\/driving\/$/);
    expect(await page.locator("h1").textContent()).toBe("Can I drive after a ketamine treatment?");
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
});
