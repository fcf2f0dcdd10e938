import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import type { Article } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";
import { indexDocuments } from "@patient-ed/testing/site-index";
import { afterAll, describe, expect, it } from "vitest";
import { todayUtc } from "../src/bench/common/calendar.ts";
import { MEASUREMENT_NAMES, type BenchReport } from "../src/bench/run/report.ts";

/*
 * The benchmark itself is not part of `pnpm test`; this smoke run is. It
 * proves at 60 articles that the generator is deterministic and valid and
 * that the runner measures every step, so a 10,000-article run will not be
 * the first to find a broken runner.
 */

const ROOT = resolve(import.meta.dirname, "../..");
const GENERATE = resolve(ROOT, "scripts/src/bench/dataset/generateDataset.ts");
const RUN = resolve(ROOT, "scripts/src/bench/run/run.ts");
const VALIDATE = resolve(ROOT, "studio/src/validation/cli.ts");
const ARTICLES = 60;

const dir = mkdtempSync(join(tmpdir(), "bench-smoke-"));
const dataset = join(dir, "seed-7.ndjson");
// One day for every file, so a run that crosses midnight still compares like with like.
const today = todayUtc();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  output: string;
}

async function node(script: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

async function generate(seed: string, out: string): Promise<void> {
  const run = await node(GENERATE, ["--articles", String(ARTICLES), "--seed", seed, "--today", today, "--out", out]);
  expect(run.output, run.output).toContain(`(${ARTICLES} articles)`);
  expect(run.code).toBe(0);
}

describe("the benchmark dataset generator", () => {
  it("writes byte-identical files for one seed and different files for another", async () => {
    const again = join(dir, "seed-7-again.ndjson");
    const other = join(dir, "seed-8.ndjson");
    await generate("7", dataset);
    await generate("7", again);
    await generate("8", other);
    expect(readFileSync(dataset).equals(readFileSync(again))).toBe(true);
    expect(readFileSync(dataset).equals(readFileSync(other))).toBe(false);
  }, 60_000);

  it("passes the content contract, with articles shaped like real ones", async () => {
    const { documents } = await readDatasetFile(dataset);
    const { index, store, dispose } = await indexDocuments(documents, { description: `dataset file ${dataset}` });
    const content = { ...index, articles: index.articles.map((card) => store.read<Article>(card._id)) };
    dispose();
    expect(content.articles).toHaveLength(ARTICLES);
    expect(content.faqs).toHaveLength(ARTICLES * 2);
    expect(content.people).toHaveLength(50);
    expect(
      content.pages
        .filter((page) => page.footerLink)
        .map((page) => page.slug)
        .sort(),
    ).toEqual(["accessibility", "editorial-policy"]);
    for (const article of content.articles) {
      const styles = new Set(article.body.flatMap((block) => (block._type === "block" ? [block.style] : [])));
      expect(styles, article._id).toEqual(new Set(["normal", "h2", "h3"]));
      expect(
        article.body.some((block) => block._type === "callout"),
        article._id,
      ).toBe(true);
      expect(
        article.body.some((block) => block._type === "block" && block.listItem),
        article._id,
      ).toBe(true);
      expect(article.references?.length, article._id).toBeGreaterThanOrEqual(3);
      expect(article.references?.length, article._id).toBeLessThanOrEqual(8);
      expect(article.faqIds, article._id).toHaveLength(6);
    }
  });

  // Offline validation checks each slug against every document (Sanity's uniqueness rule, run by groq-js), so
  // its cost grows with the square of the size: 10 articles from the same generator, with its 50 people, pages
  // and settings, prove the same thing (about 6 s; 30 articles took 13 s).
  it("passes Sanity's validation with the Studio schema", async () => {
    const small = join(dir, "seed-7-small.ndjson");
    const generated = await node(GENERATE, ["--articles", "10", "--seed", "7", "--today", today, "--out", small]);
    expect(generated.code, generated.output).toBe(0);
    const run = await node(VALIDATE, [small]);
    expect(run.output).toMatch(/ 0 errors/);
    expect(run.code, run.output.slice(-2000)).toBe(0);
  }, 120_000);
});

describe("the benchmark runner", () => {
  it("measures every step and writes a complete JSON report", async () => {
    const reportPath = join(dir, "report.json");
    const run = await node(RUN, [
      "--articles",
      String(ARTICLES),
      "--dataset",
      dataset,
      "--report",
      reportPath,
      "--no-markdown",
    ]);
    expect(run.code, run.output.slice(-4000)).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, "utf8")) as BenchReport;
    expect(report.articles).toBe(ARTICLES);
    for (const name of MEASUREMENT_NAMES) {
      const step = report.measurements[name];
      expect(step.ok, name).toBe(true);
      for (const value of [step.wallMs, step.pages, step.pagesPerSecond, step.peakRssBytes]) {
        expect(value, name).toBeGreaterThan(0);
      }
    }
    const { floor, build, pagefind, contentLoading } = report.measurements;
    for (const step of [floor, build, pagefind]) expect(step.outputBytes).toBeGreaterThan(0);
    for (const step of [floor, build]) expect(step.medianArticlePageBytes).toBeGreaterThan(0);
    expect(build.phases?.renderMs).toBeGreaterThan(0);
    expect(contentLoading.detail?.totalMs).toBeGreaterThan(0);
    expect(report.ratios.buildToFloor).toBeGreaterThan(0);
    expect(report.targets.map((target) => target.met)).not.toContain(null);
    expect(report.machine.nproc).toBeGreaterThan(0);
  }, 120_000);

  // Two builds of a 20-article site: about 35 s on a quiet machine, 71 s seen under the load drill.
  it("--incremental reports that the second build fetched one document", async () => {
    const reportFile = join(mkdtempSync(join(tmpdir(), "bench-incremental-")), "incremental.json");
    const run = await node(RUN, ["--articles", "20", "--incremental", "--report", reportFile]);
    expect(run.code, run.output).toBe(0);
    const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
      first: { requests: number; documentsFetched: number };
      second: { requests: number; documentsFetched: number; bytes: number };
    };
    expect(report.first.requests).toBe(1);
    expect(report.second).toMatchObject({ requests: 2, documentsFetched: 1 });
    expect(report.second.bytes).toBeLessThan(report.first.requests * 1_000_000);
    expect(run.output).toContain("second (incremental)");
  }, 240_000);
});
