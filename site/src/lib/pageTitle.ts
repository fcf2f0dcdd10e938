/** "Page – Site", or the site name alone on the home page. */
export function pageTitle(title: string | undefined, siteName: string): string {
  return title ? `${title} – ${siteName}` : siteName;
}
