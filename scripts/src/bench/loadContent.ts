// Measures content loading alone: read the dataset file, open a file source
// and run the site's queries with validation a slice at a time, exactly as the
// site build does (site/src/content/siteContent.ts), without the snapshot.
// Usage: node scripts/src/bench/loadContent.ts FILE  (prints one JSON line)
import { createFileSource, streamSiteContent } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";

const path = process.argv[2];
if (!path) throw new Error("Usage: node scripts/src/bench/loadContent.ts FILE");

const started = performance.now();
const { documents } = await readDatasetFile(path);
const read = performance.now();
let articles = 0;
let faqs = 0;
const frame = await streamSiteContent(createFileSource(documents, `dataset file ${path}`), () => ({
  article: () => articles++,
  faq: () => faqs++,
}));
const loaded = performance.now();

console.log(
  JSON.stringify({
    readMs: Math.round(read - started),
    queryAndValidateMs: Math.round(loaded - read),
    totalMs: Math.round(loaded - started),
    articles,
    faqs,
    people: frame.people.length,
    pages: frame.pages.length,
  }),
);
