import { getArticles, getFaqs, type ArticleCard, type FaqCard } from "../lib/content.ts";
import { once } from "../lib/once.ts";

export type SearchItem = { kind: "article"; card: ArticleCard } | { kind: "faq"; card: FaqCard };

/**
 * What search indexes, in order, once per build: every article (with the
 * questions it lists), and each FAQ entry no article lists, so every page's
 * subject can be found.
 */
export const searchItems = once(async (): Promise<SearchItem[]> => {
  const articles = await getArticles();
  const listed = new Set(articles.flatMap((article) => article.faqIds ?? []));
  return [
    ...articles.map((card): SearchItem => ({ kind: "article", card })),
    ...(await getFaqs()).filter((faq) => !listed.has(faq._id)).map((card): SearchItem => ({ kind: "faq", card })),
  ];
});
