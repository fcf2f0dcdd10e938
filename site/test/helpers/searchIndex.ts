import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

export interface IndexedPage {
  url: string;
  content: string;
  meta: { title?: string };
}

/** Pagefind's fragment header, before the JSON of each indexed page. */
const FRAGMENT_HEADER = "pagefind_dcd";

/** The Pagefind bundles of a built site: pagefind/, and on a big site pagefind-2/, pagefind-3/... */
export function searchBundles(site: string): string[] {
  return readdirSync(site)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}

/** Every page in a built site's Pagefind index (all its bundles), as search results show it: address, title and text. */
export function indexedPages(site: string): IndexedPage[] {
  return searchBundles(site).flatMap((bundle) => bundlePages(join(site, bundle)));
}

/** The pages one bundle indexes. */
export function bundlePages(bundle: string): IndexedPage[] {
  const dir = join(bundle, "fragment");
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
    if (!text.startsWith(FRAGMENT_HEADER)) throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(text.slice(FRAGMENT_HEADER.length)) as IndexedPage;
  });
}
