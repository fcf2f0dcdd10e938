import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { builtSiteDir } from "../helpers/builtSite.ts";
import { htmlFiles } from "../helpers/siteFiles.ts";

let dist: string;
beforeAll(async () => {
  dist = await builtSiteDir();
});

/**
 * Astro drops a line break that sits between text and a tag, so "go to" at
 * the end of a line followed by <a> on the next renders as "go tothe home
 * page". A word glued to a link's opening or closing tag is that bug.
 */
it("no word runs into a link", () => {
  const glued: string[] = [];
  for (const file of htmlFiles(dist).filter((name) => !name.startsWith("pagefind/"))) {
    const html = readFileSync(join(dist, file), "utf8");
    for (const match of html.matchAll(/\w<a\s[^>]*>[^<]*<\/a>|<a\s[^>]*>[^<]*<\/a>\w/g))
      glued.push(`${file}: ${match[0]}`);
  }
  expect(glued).toEqual([]);
});
