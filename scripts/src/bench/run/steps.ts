import { readFile, rm } from "node:fs/promises";
import { DEVELOPMENT_PUBLIC_KEY } from "@patient-ed/content";
import { resolve } from "node:path";
import { SEARCH_RECORDS_DIR } from "../../../../site/scripts/indexSearch.ts";
import { parseAstroPhases } from "../measure/astroPhases.ts";
import { writeFloorData } from "../floor/floorData.ts";
import { FLOOR_ASTRO_BIN, linkFloorAstro } from "../floor/floorProject.ts";
import { measureCommand, type CommandRun } from "../measure/measure.ts";
import { directoryBytes, outputStats } from "../measure/outputFiles.ts";
import { FLOOR_DIR, REPO_ROOT, SITE_DIR } from "../common/paths.ts";
import type { Measurement } from "./report.ts";

/*
 * The four measured steps. Each runs in its own child process so that its
 * wall time and memory are its own, and a step that fails (as a build may
 * at 100,000 articles) is recorded instead of ending the run.
 */

export interface StepContext {
  articles: number;
  dataset: string;
  /** Where built sites go; must be inside site/ (see astroBuild.ts). */
  siteWork: string;
  floorWork: string;
  logs: string;
  /** Astro config merged over the site's, for trying accelerators. */
  astroConfig: Record<string, unknown>;
}

const NODE = process.execPath;
/** The measurement scripts, each run as a child process so its memory and time are its own. */
const MEASURE_DIR = resolve(import.meta.dirname, "../measure");

function measurement(run: CommandRun, pages: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    ok: run.ok,
    wallMs: Math.round(run.wallMs),
    pages,
    pagesPerSecond: run.wallMs > 0 ? pages / (run.wallMs / 1000) : 0,
    peakRssBytes: run.peakRssBytes,
    outputBytes: null,
    cpuSeconds: Math.round(run.cpuSeconds * 10) / 10,
    otherCpuSeconds: Math.round(run.otherCpuSeconds * 10) / 10,
    medianArticlePageBytes: null,
    ...(run.ok ? {} : { failure: run.outputTail }),
    ...extra,
  };
}

/** Astro's phase lines, read back from the full log: stdout is kept only in part, and page lists are long. */
async function phasesFrom(logFile: string) {
  return parseAstroPhases(await readFile(logFile, "utf8"));
}

export const siteOutDir = (context: StepContext) => resolve(context.siteWork, "dist");

export async function measureContentLoading(context: StepContext): Promise<Measurement> {
  const run = await measureCommand({
    command: NODE,
    args: [resolve(MEASURE_DIR, "loadContent.ts"), context.dataset],
    cwd: REPO_ROOT,
    logFile: resolve(context.logs, "content-loading.log"),
  });
  if (!run.ok) return measurement(run, 0);
  const detail = JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}") as Record<string, number>;
  const pages = (detail.articles ?? 0) + (detail.faqs ?? 0) + (detail.people ?? 0) + (detail.pages ?? 0);
  return measurement(run, pages, { detail });
}

export async function measureFloor(context: StepContext): Promise<Measurement> {
  const data = resolve(context.floorWork, "floor.ndjson");
  const prepared = performance.now();
  const entries = await writeFloorData(context.dataset, data);
  const prepareMs = Math.round(performance.now() - prepared);
  await linkFloorAstro();
  const out = resolve(FLOOR_DIR, "dist", String(context.articles));
  await rm(out, { recursive: true, force: true });
  const run = await measureCommand({
    command: FLOOR_ASTRO_BIN,
    args: ["build", "--root", FLOOR_DIR],
    // Inside the floor folder, so Astro keeps its prerender bundle where it resolves astro.
    cwd: FLOOR_DIR,
    env: { FLOOR_DATA: data, FLOOR_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: "1" },
    logFile: resolve(context.logs, "floor.log"),
  });
  if (!run.ok) return measurement(run, 0, { detail: { entries, prepareMs } });
  const stats = await outputStats(out);
  return measurement(run, stats.htmlPages, {
    outputBytes: stats.bytes,
    medianArticlePageBytes: stats.medianArticlePageBytes,
    phases: await phasesFrom(resolve(context.logs, "floor.log")),
    detail: { entries, prepareMs },
  });
}

export async function measureBuild(context: StepContext): Promise<Measurement> {
  const out = siteOutDir(context);
  // Only the output goes: a cache left by an earlier build in this folder is kept, so a second build can use it.
  await rm(out, { recursive: true, force: true });
  const run = await measureCommand({
    command: NODE,
    args: [
      resolve(MEASURE_DIR, "astroBuild.ts"),
      "--out",
      out,
      "--cache",
      resolve(context.siteWork, "cache"),
      "--config",
      JSON.stringify({ logLevel: "info", ...context.astroConfig }),
    ],
    cwd: SITE_DIR,
    // The benchmark's datasets are signed with the development key, as the embedded dataset is.
    env: { SANITY_DATASET_FILE: context.dataset, SIGNOFF_TRUSTED_KEYS: DEVELOPMENT_PUBLIC_KEY },
    logFile: resolve(context.logs, "build.log"),
  });
  if (!run.ok) return measurement(run, 0);
  // The search records are the indexing step's input, removed before the site is published.
  const stats = await outputStats(out, [SEARCH_RECORDS_DIR]);
  return measurement(run, stats.htmlPages, {
    outputBytes: stats.bytes,
    medianArticlePageBytes: stats.medianArticlePageBytes,
    phases: await phasesFrom(resolve(context.logs, "build.log")),
  });
}

export async function measurePagefind(context: StepContext): Promise<Measurement> {
  const site = siteOutDir(context);
  const run = await measureCommand({
    command: NODE,
    // The same indexing site/scripts/build.ts runs: Pagefind's Node API, fed the records the build wrote.
    args: [resolve(MEASURE_DIR, "searchIndex.ts"), site],
    cwd: SITE_DIR,
    logFile: resolve(context.logs, "pagefind.log"),
  });
  const indexed = Number(/Indexed ([\d,]+) pages/.exec(run.stdout)?.[1]?.replace(/,/g, "") ?? 0);
  if (!run.ok) return measurement(run, indexed);
  return measurement(run, indexed, { outputBytes: await directoryBytes(resolve(site, "pagefind")) });
}
