/** The shape of a generated dataset: how many of each document, and the ids that link them. */
export interface DatasetPlan {
  seed: string;
  /** The day review dates are relative to (YYYY-MM-DD). */
  today: string;
  articles: number;
  faqs: number;
  reviewers: number;
  authors: number;
}

export const DEFAULT_REVIEWERS = 30;
export const DEFAULT_AUTHORS = 20;
export const FAQS_PER_ARTICLE = 2;

export function planDataset(articles: number, seed: string, today: string): DatasetPlan {
  return {
    seed,
    today,
    articles,
    faqs: articles * FAQS_PER_ARTICLE,
    reviewers: DEFAULT_REVIEWERS,
    authors: DEFAULT_AUTHORS,
  };
}

export const ids = {
  article: (index: number) => `article-${index}`,
  faq: (index: number) => `faq-${index}`,
  reviewer: (index: number) => `person-reviewer-${index}`,
  author: (index: number) => `person-author-${index}`,
};
