export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** ISO date or date-time of the last change, when known. */
  lastmod?: string;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A sitemaps.org urlset. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url><loc>${escapeXml(entry.loc)}</loc>${entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The newest of several ISO timestamps (they sort as strings). */
export function newest(dates: readonly string[]): string | undefined {
  return [...dates].sort().at(-1);
}
