import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { type RawDocument } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";
import { startFakeContentLake, type FakeContentLake } from "@patient-ed/testing/fakes";
import { SITE_DIR } from "../common/paths.ts";

const run = promisify(execFile);

export interface SyncFigures {
  wallMs: number;
  requests: number;
  bytes: number;
  documentsFetched: number;
}

export interface IncrementalReport {
  articles: number;
  documents: number;
  first: SyncFigures;
  second: SyncFigures;
}

async function build(lake: FakeContentLake, cacheDir: string, outDir: string): Promise<SyncFigures> {
  lake.answers.length = 0;
  const started = performance.now();
  await run(process.execPath, [resolve(SITE_DIR, "scripts/build.ts")], {
    cwd: SITE_DIR,
    env: {
      ...process.env,
      SANITY_DATASET_FILE: "",
      SANITY_PROJECT_ID: "bench",
      SANITY_DATASET: "production",
      SANITY_API_HOST: lake.url,
      ASTRO_CACHE_DIR: cacheDir,
      SITE_OUT_DIR: outDir,
    },
    maxBuffer: 256 * 1024 * 1024,
  });
  const documentsFetched = lake.answers.reduce(
    (total, answer) =>
      total + (Array.isArray(answer.result) ? answer.result.filter((item) => typeof item === "object").length : 0),
    0,
  );
  return {
    wallMs: Math.round(performance.now() - started),
    requests: lake.answers.length,
    bytes: lake.answers.reduce((total, answer) => total + answer.bytes, 0),
    documentsFetched,
  };
}

/**
 * `pnpm bench --incremental`: builds twice from a stand-in Content Lake on
 * 127.0.0.1 (groq-js over the dataset, in the query API's response shape),
 * changing one article in between, and reports what the second build fetched.
 */
export async function measureIncrementalSync(datasetFile: string, articles: number): Promise<IncrementalReport> {
  let documents: RawDocument[] = (await readDatasetFile(datasetFile)).documents.filter(
    (doc) => !doc._id.startsWith("drafts."),
  );
  const lake = await startFakeContentLake(() => documents);
  const work = await mkdtemp(join(tmpdir(), "bench-incremental-"));
  try {
    const first = await build(lake, join(work, "cache"), join(work, "dist"));
    const changed = documents.find((doc) => doc._type === "article")!;
    // As the Content Lake would stamp it: a second after the newest save, whatever the generator's clock said.
    const newest = documents.reduce((latest, doc) => Math.max(latest, Date.parse(String(doc._updatedAt)) || 0), 0);
    const savedAt = new Date(newest + 1000).toISOString();
    documents = documents.map((doc) =>
      doc === changed
        ? { ...doc, title: `${String(doc.title)} (updated)`, _rev: "bench-rev", _updatedAt: savedAt }
        : doc,
    );
    const second = await build(lake, join(work, "cache"), join(work, "dist"));
    return { articles, documents: documents.length, first, second };
  } finally {
    await lake.close();
    await rm(work, { recursive: true, force: true });
  }
}

export function formatIncremental(report: IncrementalReport): string {
  const line = (label: string, figures: SyncFigures) =>
    `| ${label} | ${(figures.wallMs / 1000).toFixed(1)} s | ${figures.requests} | ${figures.documentsFetched} | ${(figures.bytes / 1024 / 1024).toFixed(2)} MiB |`;
  return [
    `Incremental content sync, ${report.articles} articles (${report.documents} documents), one article changed between builds:`,
    "",
    "| Build | Wall time | Requests | Documents fetched | Bytes fetched |",
    "| --- | --- | --- | --- | --- |",
    line("first (full sync)", report.first),
    line("second (incremental)", report.second),
  ].join("\n");
}
