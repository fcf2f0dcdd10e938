import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { builtSiteDir } from "../helpers/builtSite.ts";
import { htmlErrors } from "../helpers/htmlChecker.ts";
import { htmlFiles } from "../helpers/siteFiles.ts";

let dist: string;
beforeAll(async () => {
  dist = await builtSiteDir();
});

it("every generated HTML page passes the Nu HTML Checker with no errors", { timeout: 120_000 }, async () => {
  // Pagefind's own files are not our markup.
  const files = htmlFiles(dist).filter((file) => !file.startsWith("pagefind/"));
  expect(files.length).toBeGreaterThan(10);
  expect(
    await htmlErrors(
      files.map((file) => join(dist, file)),
      dist,
    ),
  ).toEqual([]);
});
