/** Articles per page of /articles/. */
export const ARTICLES_PER_PAGE = 50;
/** Questions per page of /faq/ at most (a page ends early rather than split an article's group of up to this many). */
export const QUESTIONS_PER_PAGE = 50;

/**
 * Splits a list into pages of at most `size` weight each, in order. An item
 * heavier than a page gets a page of its own, never split. Index pages are
 * paginated so that a patient on a slow phone never downloads a list of
 * thousands of entries, and the build never renders one.
 */
export function paginate<T>(items: readonly T[], size: number, weight: (item: T) => number = () => 1): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let filled = 0;
  for (const item of items) {
    const w = weight(item);
    if (current.length > 0 && filled + w > size) {
      pages.push(current);
      current = [];
      filled = 0;
    }
    current.push(item);
    filled += w;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** The routes of a listing's pages after the first, which lives at the listing's own address. */
export function laterPageRoutes(pageCount: number): { params: { page: string }; props: { page: number } }[] {
  return Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => ({
    params: { page: String(index + 2) },
    props: { page: index + 2 },
  }));
}

/** "Articles" on the first page, "Articles (page 2 of 7)" after it: every page gets its own title. */
export function pagedTitle(title: string, page: number, pageCount: number): string {
  return page === 1 ? title : `${title} (page ${page} of ${pageCount})`;
}
