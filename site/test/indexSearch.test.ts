import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { indexSearch, SEARCH_RECORDS_DIR } from "../scripts/indexSearch.ts";
import { tempDir } from "./helpers/buildSite.ts";
import { bundlePages, indexedPages, searchBundles } from "./helpers/searchIndex.ts";

const record = (n: number) =>
  JSON.stringify({
    url: `/articles/page-${n}/`,
    content: `Page ${n} text`,
    language: "en-gb",
    meta: { title: `Page ${n}` },
  });

describe("indexing search records", () => {
  it("indexes every record once across bundles built in parallel, counts them all, and removes the records", async () => {
    const site = tempDir("index-search-");
    mkdirSync(join(site, SEARCH_RECORDS_DIR));
    // Two files, named so that text order (10 before 2) differs from the order they were written in.
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "2.ndjson"), `${[7, 8, 9, 10, 11].map(record).join("\n")}\n`);
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "10.ndjson"), "");
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "1.ndjson"), `${[0, 1, 2, 3, 4, 5, 6].map(record).join("\n")}\n`);

    // The build's plan: 12 records in 3 bundles (as SEARCH_INDEX_MAX_RECORDS=5 would make them).
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "plan.json"), JSON.stringify({ records: 12, bundles: 3 }));
    const indexed = await indexSearch(site);

    expect(indexed).toBe(12);
    expect(searchBundles(site)).toEqual(["pagefind", "pagefind-2", "pagefind-3"]);
    // Bundles follow the records' order: 0–3, 4–7, 8–11.
    expect(
      bundlePages(join(site, "pagefind"))
        .map((page) => page.meta.title)
        .sort(),
    ).toEqual(["Page 0", "Page 1", "Page 2", "Page 3"].sort());
    expect(
      indexedPages(site)
        .map((page) => page.url)
        .sort(),
    ).toEqual(Array.from({ length: 12 }, (_, n) => `/articles/page-${n}/`).sort());
    expect(existsSync(join(site, SEARCH_RECORDS_DIR))).toBe(false);
  });

  it("fails with the indexer's reason when a record is broken, stopping the other bundles", async () => {
    const site = tempDir("index-search-");
    mkdirSync(join(site, SEARCH_RECORDS_DIR));
    const lines = [0, 1, 2, 3, 4, 5].map(record);
    lines[4] = "{ not json";
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "1.ndjson"), `${lines.join("\n")}\n`);
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "plan.json"), JSON.stringify({ records: 6, bundles: 3 }));
    await expect(indexSearch(site)).rejects.toThrow(/JSON/);
  });

  it("refuses records that do not match the build's plan, which the search page was built for", async () => {
    const site = tempDir("index-search-");
    mkdirSync(join(site, SEARCH_RECORDS_DIR));
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "1.ndjson"), `${[0, 1].map(record).join("\n")}\n`);
    writeFileSync(join(site, SEARCH_RECORDS_DIR, "plan.json"), JSON.stringify({ records: 3, bundles: 1 }));
    await expect(indexSearch(site)).rejects.toThrow("The build wrote 2 search records but planned 3");
  });
});
