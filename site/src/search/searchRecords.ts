import type { Article, Faq } from "@patient-ed/content";
import { plainText } from "../lib/plainText.ts";
import { rootRelative, urls } from "../lib/urls.ts";
import type { SearchRecord } from "./searchRecord.ts";

/** The language Pagefind files the site under, from <html lang="en-GB">. */
export const SEARCH_LANGUAGE = "en-gb";

/**
 * An article as search sees it: what its page shows in the article body,
 * including the questions it lists, so a search for a question's words finds
 * the article that links to its answer.
 */
export function articleRecord(article: Article, questions: readonly string[]): SearchRecord {
  const parts = [article.title, article.summary, plainText(article.body)];
  if (questions.length > 0) parts.push(`Common questions: ${questions.join(" ")}`);
  return {
    url: rootRelative(urls.article(article.slug)),
    content: parts.join("\n"),
    language: SEARCH_LANGUAGE,
    meta: { title: article.title },
  };
}

/** A FAQ entry that no article lists gets a search record of its own. */
export function faqRecord(faq: Faq): SearchRecord {
  return {
    url: rootRelative(urls.faq(faq.slug)),
    content: [faq.question, plainText(faq.answer)].join("\n"),
    language: SEARCH_LANGUAGE,
    meta: { title: faq.question },
  };
}
