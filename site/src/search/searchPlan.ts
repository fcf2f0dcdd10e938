import { getArticles, getFaqs, searchChunkCount } from "../lib/content.ts";
import { once } from "../lib/once.ts";
import { searchBundleCount } from "./searchBundles.ts";

export interface SearchPlan {
  /** Chunks of search entries in the site index's store, one records file each. */
  chunks: number;
  /** FAQ entries an article lists: found through that article, so not indexed on their own. */
  listedFaqIds: ReadonlySet<string>;
  /** Search records in all: every article, and each FAQ entry no article lists. */
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
  const listedFaqIds = new Set(articles.flatMap((article) => article.faqIds ?? []));
  const records = articles.length + faqs.filter((faq) => !listedFaqIds.has(faq._id)).length;
  return { chunks, listedFaqIds, records, bundles: searchBundleCount(records) };
});
