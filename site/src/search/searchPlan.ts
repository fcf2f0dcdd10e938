import { getArticles, getFaqs, searchChunkCount } from "../lib/content.ts";
import { once } from "../lib/once.ts";
import { searchBundleCount } from "./searchBundles.ts";

export interface SearchPlan {
  /** Chunks of search entries in the site index's store, one records file each. */
  chunks: number;
  /** Search records in all: every article and every FAQ entry, each a result of its own. */
  records: number;
  /** How many Pagefind bundles they are split into (searchBundles.ts). */
  bundles: number;
}

/**
 * What search indexes, computed once per build and used by both the records
 * endpoint (which also writes it down for the indexer) and the search page,
 * so the two can never disagree about how many bundles there are.
 */
export const searchPlan = once(async (): Promise<SearchPlan> => {
  const [articles, faqs, chunks] = await Promise.all([getArticles(), getFaqs(), searchChunkCount()]);
  const records = articles.length + faqs.length;
  return { chunks, records, bundles: searchBundleCount(records) };
});
