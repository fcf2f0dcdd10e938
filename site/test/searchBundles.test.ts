import { describe, expect, it } from "vitest";
import { bundleDir, bundleRange, searchBundleCount } from "../src/search/searchBundles.ts";

describe("splitting the search index into bundles", () => {
  it("keeps a small site in one bundle, splits from 4,000 records for two indexers, and caps bundles at 25,000", () => {
    expect(searchBundleCount(0, {})).toBe(1);
    expect(searchBundleCount(3_999, {})).toBe(1);
    expect(searchBundleCount(4_000, {})).toBe(2);
    expect(searchBundleCount(10_000, {})).toBe(2);
    expect(searchBundleCount(50_000, {})).toBe(2);
    expect(searchBundleCount(50_001, {})).toBe(3);
    expect(searchBundleCount(100_000, {})).toBe(4);
  });

  it("takes a smaller cap from SEARCH_INDEX_MAX_RECORDS, never a larger one", () => {
    expect(searchBundleCount(121, { SEARCH_INDEX_MAX_RECORDS: "50" })).toBe(3);
    // An operator may lower the limit, never raise it, and a value that is not a number is named, not ignored.
    expect(() => searchBundleCount(100_000, { SEARCH_INDEX_MAX_RECORDS: "1000000" })).toThrow(
      /^SEARCH_INDEX_MAX_RECORDS must be a whole number from 1 to 25000, not 1000000$/,
    );
    expect(() => searchBundleCount(100, { SEARCH_INDEX_MAX_RECORDS: "nonsense" })).toThrow(
      /^SEARCH_INDEX_MAX_RECORDS must be a whole number from 1 to 25000, not "nonsense"$/,
    );
  });

  it("gives every record to exactly one bundle, in order, with sizes differing by at most one", () => {
    for (const [records, bundles] of [
      [121, 3],
      [10_000, 2],
      [100_003, 5],
      [2, 2],
    ] as const) {
      const ranges = Array.from({ length: bundles }, (_, bundle) => bundleRange(bundle, bundles, records));
      expect(ranges[0]?.from).toBe(0);
      expect(ranges.at(-1)?.to).toBe(records);
      ranges.slice(1).forEach((range, index) => expect(range.from).toBe(ranges[index]?.to));
      const sizes = ranges.map((range) => range.to - range.from);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it("names the bundles pagefind/, pagefind-2/, pagefind-3/", () => {
    expect([0, 1, 2].map(bundleDir)).toEqual(["pagefind", "pagefind-2", "pagefind-3"]);
  });
});
