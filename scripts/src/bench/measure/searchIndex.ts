// Indexes a built site for search exactly as site/scripts/build.ts does, timed on its own by the runner.
// Usage: node scripts/src/bench/measure/searchIndex.ts SITE_DIR
import { resolve } from "node:path";
import { indexSearch } from "../../../../site/scripts/indexSearch.ts";

const site = process.argv[2];
if (!site) throw new Error("Usage: searchIndex.ts SITE_DIR");
console.log(`Indexed ${await indexSearch(resolve(site))} pages`);
