import { limitFromEnv, type Env } from "../lib/envLimit.ts";

/*
 * The search index is split into several Pagefind bundles on a big site,
 * which the search page merges (Pagefind's mergeIndex). Splitting bounds the
 * indexer's memory (one index of 100,000 articles needed 21 GB) and lets two
 * indexers run at once on two cores; the cost is one more set of requests per
 * bundle when a patient searches, so bundles stay large.
 */

/** Records per bundle at most (about 5 GB for the indexer); SEARCH_INDEX_MAX_RECORDS lowers it. */
export const MAX_RECORDS_PER_BUNDLE = 25_000;
/** From this many records the index is split in two, so two indexers share the work. */
export const SPLIT_FROM_RECORDS = 4_000;

/** Records per bundle: MAX_RECORDS_PER_BUNDLE, or fewer with SEARCH_INDEX_MAX_RECORDS (for small machines and tests). */
export function searchIndexMaxRecords(env: Env = process.env): number {
  return limitFromEnv(env, "SEARCH_INDEX_MAX_RECORDS", MAX_RECORDS_PER_BUNDLE);
}

/** How many bundles `records` search records are split into. */
export function searchBundleCount(records: number, env: Env = process.env): number {
  const bySize = Math.ceil(records / searchIndexMaxRecords(env));
  return Math.max(1, bySize, records >= SPLIT_FROM_RECORDS ? 2 : 1);
}

/** The first record (0-based) of bundle `bundle`, and the one after its last: the records are split evenly, in order. */
export function bundleRange(bundle: number, bundles: number, records: number): { from: number; to: number } {
  return { from: Math.floor((bundle * records) / bundles), to: Math.floor(((bundle + 1) * records) / bundles) };
}

/** Where bundle `bundle` (0-based) lives in the site: pagefind/, then pagefind-2/, pagefind-3/... */
export function bundleDir(bundle: number): string {
  return bundle === 0 ? "pagefind" : `pagefind-${bundle + 1}`;
}

/** The folders of the bundles the search page merges into the first. */
export function mergedBundleDirs(bundles: number): string[] {
  return Array.from({ length: Math.max(0, bundles - 1) }, (_, index) => bundleDir(index + 1));
}
