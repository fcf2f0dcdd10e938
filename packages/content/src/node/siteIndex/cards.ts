import type { Article } from "../../schemas/article.ts";
import type { Faq } from "../../schemas/faq.ts";
import type { ReviewStatus } from "../../review/reviewStatus.ts";
import type { SignoffJudged } from "../../signoff/pageSignoff.ts";

/**
 * Articles and FAQ entries carry their review status as of the build's date, for the overdue notice, and their
 * judged sign-off, for what the page may claim about its review.
 */
export type Reviewed<T extends Article | Faq> = SignoffJudged<T> & { reviewStatus: ReviewStatus };

/*
 * What lists, links, routes and the sitemap need of an article or a FAQ
 * entry. Cards are small, so every page can share all of them; the long
 * fields (body, answer, sources, disclaimer) stay in the site index's store,
 * and each page reads only its own.
 */
export type ArticleCard = Omit<Reviewed<Article>, "body" | "references" | "disclaimer" | "reviewHistory">;
export type FaqCard = Omit<Reviewed<Faq>, "answer" | "references" | "disclaimer" | "reviewHistory">;

export function articleCard(article: Reviewed<Article>): ArticleCard {
  const { body: _body, references: _references, disclaimer: _disclaimer, reviewHistory: _history, ...card } = article;
  return card;
}

export function faqCard(faq: Reviewed<Faq>): FaqCard {
  const { answer: _answer, references: _references, disclaimer: _disclaimer, reviewHistory: _history, ...card } = faq;
  return card;
}
