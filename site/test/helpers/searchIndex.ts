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

/** Every page in a built site's Pagefind index, as search results show it: address, title and text. */
export function indexedPages(site: string): IndexedPage[] {
  const dir = join(site, "pagefind", "fragment");
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString("utf8");
    if (!text.startsWith(FRAGMENT_HEADER)) throw new Error(`${name} is not a Pagefind fragment`);
    return JSON.parse(text.slice(FRAGMENT_HEADER.length)) as IndexedPage;
  });
}
