import type { Article, Faq } from "@patient-ed/content";
import type { StoredAt } from "@patient-ed/content/node";
import type { ReviewStatus } from "@patient-ed/content";

/** Articles and FAQ entries carry their review status as of the build's date, for the overdue notice. */
export type Reviewed<T> = T & { reviewStatus: ReviewStatus };

/*
 * What lists, links, routes and the sitemap need of an article or a FAQ
 * entry. Cards are small, so every page can share all of them; the long
 * fields (body, answer, sources, disclaimer) stay in the build's content
 * snapshot, and each page reads only its own.
 */
export type ArticleCard = Omit<Reviewed<Article>, "body" | "references" | "disclaimer"> & { stored: StoredAt };
export type FaqCard = Omit<Reviewed<Faq>, "answer" | "references" | "disclaimer"> & { stored: StoredAt };

export function articleCard(article: Reviewed<Article>, stored: StoredAt): ArticleCard {
  const { body: _body, references: _references, disclaimer: _disclaimer, ...card } = article;
  return { ...card, stored };
}

export function faqCard(faq: Reviewed<Faq>, stored: StoredAt): FaqCard {
  const { answer: _answer, references: _references, disclaimer: _disclaimer, ...card } = faq;
  return { ...card, stored };
}
