import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "node-html-parser";
import { beforeAll, expect, it } from "vitest";
import { builtSiteDir } from "../helpers/builtSite.ts";
import { htmlFiles } from "../helpers/siteFiles.ts";

/** Search is the one page that needs JavaScript; everything else is plain HTML and CSS. */
const SEARCH_PAGE = "search/index.html";

let dist: string;
beforeAll(async () => {
  dist = await builtSiteDir();
});

/** Script elements that run code: anything but JSON-LD data. */
function scriptsIn(file: string): string[] {
  return parse(readFileSync(join(dist, file), "utf8"))
    .querySelectorAll("script")
    .filter((script) => script.getAttribute("type") !== "application/ld+json")
    .map((script) => script.getAttribute("src") ?? `inline: ${script.textContent.slice(0, 60)}`);
}

it("every page except /search/ ships zero JavaScript", () => {
  const pages = htmlFiles(dist).filter((file) => !file.startsWith("pagefind/") && file !== SEARCH_PAGE);
  expect(pages.length).toBeGreaterThan(10);
  const offenders = pages.flatMap((file) => scriptsIn(file).map((script) => `${file}: ${script}`));
  expect(offenders).toEqual([]);
});

it("the search page loads only Pagefind's UI and the site's own starter script, no inline code", () => {
  expect(scriptsIn(SEARCH_PAGE)).toEqual(["/pagefind/pagefind-ui.js", "/search.js"]);
});
