// How much JavaScript heap the content takes at each stage of loading, to
// explain whether a dataset of a given size can fit a build's heap at all.
// Usage: node --expose-gc scripts/src/bench/measure/contentMemory.ts FILE   (prints one JSON line)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createFileSource, DEVELOPMENT_PUBLIC_KEY, signoffTrustFromEnv, type RawDocument } from "@patient-ed/content";
import { buildSiteIndex, ndjsonFileLines } from "@patient-ed/content/node";

const path = process.argv[2];
const collect = (globalThis as { gc?: () => void }).gc;
if (!path || !collect) throw new Error("Usage: node --expose-gc scripts/src/bench/measure/contentMemory.ts FILE");

const heapMiB = () => {
  collect();
  return Math.round(process.memoryUsage().heapUsed / 1_048_576);
};

const baseline = heapMiB();
// Read line by line so the file's size is not limited by the longest possible string.
let documents: RawDocument[] | undefined = [];
for await (const line of ndjsonFileLines(path)) {
  if (line.trim()) documents.push(JSON.parse(line) as RawDocument);
}
const rawDocuments = heapMiB() - baseline;
// The site index keeps cards in memory and writes full documents to its store, as the build does.
const storeDir = join(mkdtempSync(join(tmpdir(), "bench-memory-")), "store");
const content = await buildSiteIndex(createFileSource(documents, path), {
  policy: "warn",
  storeDir,
  env: process.env,
  signoffKeys: signoffTrustFromEnv({ SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY, ...process.env }, "file").keys,
});
const rawAndValidated = heapMiB() - baseline;
documents = undefined;
const validatedOnly = heapMiB() - baseline;
console.log(JSON.stringify({ articles: content.articles.length, rawDocuments, rawAndValidated, validatedOnly }));
rmSync(join(storeDir, ".."), { recursive: true, force: true });
