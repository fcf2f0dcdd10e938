/** One entry of the search index: Pagefind's custom record. */
export interface SearchRecord {
  /** Relative to the site root, without the base path: the search page's baseUrl adds it. */
  url: string;
  content: string;
  language: string;
  meta: { title: string };
}
