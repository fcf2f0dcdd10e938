// Measures content loading alone: read the dataset file, open a file source
// and run the site's queries with validation, exactly as the site build does.
// Usage: node scripts/src/bench/loadContent.ts FILE  (prints one JSON line)
import { createFileSource, loadSiteContent, readDatasetFile } from "@patient-ed/content";

const path = process.argv[2];
if (!path) throw new Error("Usage: node scripts/src/bench/loadContent.ts FILE");

const started = performance.now();
const { documents } = await readDatasetFile(path);
const read = performance.now();
const content = await loadSiteContent(createFileSource(documents, `dataset file ${path}`));
const loaded = performance.now();

console.log(
  JSON.stringify({
    readMs: Math.round(read - started),
    queryAndValidateMs: Math.round(loaded - read),
    totalMs: Math.round(loaded - started),
    articles: content.articles.length,
    faqs: content.faqs.length,
    people: content.people.length,
    pages: content.pages.length,
  }),
);
