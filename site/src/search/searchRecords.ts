import type { SearchEntry } from "@patient-ed/content/node";
import { rootRelative, urls } from "../lib/urls.ts";
import type { SearchRecord } from "./searchRecord.ts";

/** The language Pagefind files the site under, from <html lang="en-GB">. */
export const SEARCH_LANGUAGE = "en-gb";

/**
 * A page's search entry (its words, from the site index) as Pagefind's
 * record: an article's record includes the questions it lists, so a search
 * for a question's words finds the article that links to its answer.
 */
export function searchRecord(entry: SearchEntry, questionOf: (faqId: string) => string | undefined): SearchRecord {
  if (entry.kind === "faq") {
    return {
      url: rootRelative(urls.faq(entry.slug)),
      content: entry.text,
      language: SEARCH_LANGUAGE,
      meta: { title: entry.title },
    };
  }
  const questions = entry.faqIds.flatMap((id) => questionOf(id) ?? []);
  const content = questions.length > 0 ? `${entry.text}\nCommon questions: ${questions.join(" ")}` : entry.text;
  return {
    url: rootRelative(urls.article(entry.slug)),
    content,
    language: SEARCH_LANGUAGE,
    meta: { title: entry.title },
  };
}
