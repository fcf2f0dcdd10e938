// Measures the site build against a bare-Astro floor on a generated dataset.
// Usage: pnpm bench --articles N [--seed S] [--dataset FILE] [--report FILE] [--no-markdown]
//                   [--astro-config JSON] [--keep-output] [--rounds R]
//   --rounds measures the floor and our build R times in alternating pairs (see rounds.ts).
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { todayUtc } from "../common/calendar.ts";
import { writeDataset } from "../dataset/dataset.ts";
import { defaultDatasetPath } from "../dataset/datasetPath.ts";
import { formatIncremental, measureIncrementalSync } from "../measure/incremental.ts";
import { machineInfo } from "../measure/machine.ts";
import { updateBenchmarksMarkdown } from "./markdown.ts";
import { positiveInteger } from "../common/options.ts";
import { BENCHMARKS_MD, FLOOR_DIR, REPORTS_DIR, SITE_DIR } from "../common/paths.ts";
import { planDataset } from "../dataset/plan.ts";
import type { BenchReport, Measurement } from "./report.ts";
import { medianPair, type Pair } from "./rounds.ts";
import { measureBuild, measureContentLoading, measureFloor, measurePagefind, type StepContext } from "./steps.ts";
import { evaluateTargets } from "./targets.ts";
import { ndjsonFileLines } from "@patient-ed/content/node";

const USAGE =
  "Usage: pnpm bench --articles N [--seed S] [--dataset FILE] [--report FILE] [--no-markdown] [--astro-config JSON] [--keep-output] [--rounds R]";

async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const line of ndjsonFileLines(path)) if (line) lines++;
  return lines;
}

const ratio = (ours: Measurement, floor: Measurement, extraMs = 0) =>
  ours.ok && floor.ok && floor.wallMs > 0 ? (ours.wallMs + extraMs) / floor.wallMs : null;

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

/**
 * `--incremental`: two builds from a stand-in Content Lake with one article
 * changed in between; reports the requests and bytes of the second.
 */
async function runIncremental(articles: number, seed: string, report: string | undefined): Promise<number> {
  const dataset = defaultDatasetPath(articles, seed);
  log(`Generating ${articles} articles (seed ${seed}) into ${dataset}`);
  await writeDataset(planDataset(articles, seed, todayUtc()), dataset);
  log("Two builds from the stand-in Content Lake, one article changed in between");
  const result = await measureIncrementalSync(dataset, articles);
  console.log(formatIncremental(result));
  const reportPath = report
    ? resolve(process.env.INIT_CWD ?? process.cwd(), report)
    : resolve(REPORTS_DIR, `bench-incremental-${articles}.json`);
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(result, null, 2)}\n`);
  log(`Report written to ${reportPath}`);
  return 0;
}

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: "string" },
      seed: { type: "string", default: "1" },
      dataset: { type: "string" },
      report: { type: "string" },
      "no-markdown": { type: "boolean", default: false },
      "astro-config": { type: "string", default: "{}" },
      "keep-output": { type: "boolean", default: false },
      rounds: { type: "string", default: "1" },
      incremental: { type: "boolean", default: false },
    },
  });
  const articles = positiveInteger(values.articles, "--articles");
  if (values.incremental) return runIncremental(articles, values.seed, values.report);
  const rounds = positiveInteger(values.rounds, "--rounds");
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const reportPath = values.report ? resolve(cwd, values.report) : resolve(REPORTS_DIR, `bench-${articles}.json`);
  const context: StepContext = {
    articles,
    dataset: values.dataset ? resolve(cwd, values.dataset) : defaultDatasetPath(articles, values.seed),
    // Unique per report, so two runs (a smoke test and a long run) never share output folders.
    siteWork: resolve(SITE_DIR, ".cache/bench", `${articles}-${process.pid}`),
    floorWork: resolve(REPORTS_DIR, "bench-work", `${articles}-${process.pid}`),
    logs: resolve(REPORTS_DIR, "logs", `bench-${articles}-${process.pid}`),
    astroConfig: JSON.parse(values["astro-config"]) as Record<string, unknown>,
  };

  let generateMs: number | null = null;
  let documents: number;
  if (values.dataset) {
    documents = await countLines(context.dataset);
  } else {
    log(`Generating ${articles} articles (seed ${values.seed}) into ${context.dataset}`);
    const started = performance.now();
    documents = (await writeDataset(planDataset(articles, values.seed, todayUtc()), context.dataset)).documents;
    generateMs = Math.round(performance.now() - started);
  }
  const bytes = (await stat(context.dataset)).size;

  log("Content loading (readDatasetFile + createFileSource + streamSiteContent)");
  const contentLoading = await measureContentLoading(context);
  const pairs: Pair[] = [];
  for (let round = 1; round <= rounds; round++) {
    log(`Floor (bare Astro), round ${round} of ${rounds}`);
    // Each round keeps its own logs, so the median round's memory timeline can be read afterwards.
    const roundContext = rounds > 1 ? { ...context, logs: resolve(context.logs, `round-${round}`) } : context;
    const floorRun = await measureFloor(roundContext);
    log(`Our build (Astro, without Pagefind), round ${round} of ${rounds}`);
    pairs.push({ floor: floorRun, build: await measureBuild(roundContext) });
  }
  const { pair, summary } = medianPair(pairs);
  const { floor, build } = pair;
  log("Pagefind");
  const pagefind = build.ok ? await measurePagefind(context) : skipped("the build failed");

  const partial = {
    version: 1 as const,
    date: new Date().toISOString(),
    articles,
    seed: values.seed,
    nodeOptions: process.env.NODE_OPTIONS ?? null,
    machine: machineInfo(),
    dataset: { path: context.dataset, bytes, documents, generateMs },
    measurements: { floor, build, pagefind, contentLoading },
    rounds: summary,
    ratios: {
      buildToFloor: ratio(build, floor),
      buildWithPagefindToFloor: pagefind.ok ? ratio(build, floor, pagefind.wallMs) : null,
    },
  };
  const report: BenchReport = { ...partial, targets: evaluateTargets(partial) };
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  log(`Report written to ${reportPath}`);
  if (!values["no-markdown"]) {
    await updateBenchmarksMarkdown(BENCHMARKS_MD, report);
    log(`Updated ${BENCHMARKS_MD}`);
  }
  if (!values["keep-output"]) {
    await rm(context.siteWork, { recursive: true, force: true });
    await rm(context.floorWork, { recursive: true, force: true });
    await rm(resolve(FLOOR_DIR, "dist", String(articles)), { recursive: true, force: true });
  }
  printSummary(report);
  return Object.values(report.measurements).every((step) => step.ok) ? 0 : 1;
}

function skipped(reason: string): Measurement {
  return {
    ok: false,
    wallMs: 0,
    pages: 0,
    pagesPerSecond: 0,
    peakRssBytes: 0,
    outputBytes: null,
    cpuSeconds: 0,
    otherCpuSeconds: 0,
    medianArticlePageBytes: null,
    failure: `skipped: ${reason}`,
  };
}

function printSummary(report: BenchReport): void {
  for (const [name, step] of Object.entries(report.measurements)) {
    const rss = (step.peakRssBytes / 1_048_576).toFixed(0);
    console.log(
      `${name.padEnd(15)} ${step.ok ? "ok    " : "FAILED"} ${(step.wallMs / 1000).toFixed(1).padStart(7)} s ${step.pagesPerSecond.toFixed(0).padStart(6)} pages/s ${rss.padStart(6)} MiB peak`,
    );
  }
  const r = report.ratios.buildToFloor;
  console.log(`Our build / floor: ${r === null ? "n/a" : `${r.toFixed(2)}x`}`);
  for (const t of report.targets)
    console.log(`  ${t.met ? "met   " : t.met === null ? "n/a   " : "MISSED"} ${t.name}: ${t.actual} (${t.limit})`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n${USAGE}`);
  process.exitCode = 1;
}
