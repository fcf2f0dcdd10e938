import type { SearchEntry } from "@patient-ed/content/node";
import { rootRelative, urls } from "../lib/urls.ts";
import type { SearchRecord } from "./searchRecord.ts";

/** The language Pagefind files the site under, from <html lang="en-GB">. */
export const SEARCH_LANGUAGE = "en-gb";

/** A page's search entry (its words, from the site index) as Pagefind's record, pointing at the page itself. */
export function searchRecord(entry: SearchEntry): SearchRecord {
  const url = entry.kind === "faq" ? urls.faq(entry.slug) : urls.article(entry.slug);
  return { url: rootRelative(url), content: entry.text, language: SEARCH_LANGUAGE, meta: { title: entry.title } };
}
