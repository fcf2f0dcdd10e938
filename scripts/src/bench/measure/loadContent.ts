// Measures content loading alone: read the dataset file, open a file source and build the site index
// (queries and validation a slice at a time, review policy, full documents and search entries written to
// the store) exactly as the site build does in its content process, without Astro.
// Usage: node scripts/src/bench/measure/loadContent.ts FILE  (prints one JSON line)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileSource, DEVELOPMENT_PUBLIC_KEY, signoffTrustFromEnv } from "@patient-ed/content";
import { buildSiteIndex, readDatasetFile } from "@patient-ed/content/node";

const path = process.argv[2];
if (!path) throw new Error("Usage: node scripts/src/bench/measure/loadContent.ts FILE");

const dir = mkdtempSync(join(tmpdir(), "bench-load-"));
try {
  const started = performance.now();
  const { documents } = await readDatasetFile(path);
  const read = performance.now();
  const index = await buildSiteIndex(createFileSource(documents, `dataset file ${path}`), {
    policy: "warn",
    storeDir: join(dir, "store"),
    env: process.env,
    signoffKeys: signoffTrustFromEnv({ SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY, ...process.env }, "file").keys,
  });
  const loaded = performance.now();
  console.log(
    JSON.stringify({
      readMs: Math.round(read - started),
      queryAndValidateMs: Math.round(loaded - read),
      totalMs: Math.round(loaded - started),
      articles: index.articles.length,
      faqs: index.faqs.length,
      people: index.people.length,
      pages: index.pages.length,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
