import { readdir, readFile, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { bundleDir, bundleRange } from "../src/search/searchBundles.ts";
import type { BundleJob } from "./searchBundleWorker.ts";
import { ndjsonFileLines } from "@patient-ed/content/node";

/** Where the build writes the search records (src/pages/search-records/); never published. */
export const SEARCH_RECORDS_DIR = "search-records";

interface RecordFile {
  path: string;
  /** The position of its first record among all records, in file order. */
  first: number;
  records: number;
}

async function recordFiles(paths: readonly string[]): Promise<RecordFile[]> {
  const files: RecordFile[] = [];
  let first = 0;
  for (const path of paths) {
    let records = 0;
    for await (const line of ndjsonFileLines(path)) if (line) records++;
    files.push({ path, first, records });
    first += records;
  }
  return files;
}

const running = new Set<Worker>();

function runBundle(job: BundleJob): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./searchBundleWorker.ts", import.meta.url), { workerData: job });
    running.add(worker);
    worker.once("message", (reply: { indexed: number } | { error: string }) =>
      "indexed" in reply ? resolve(reply.indexed) : reject(new Error(reply.error)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => {
      running.delete(worker);
      reject(new Error(`Search indexing stopped (worker exit code ${code}).`));
    });
  });
}

/** What the build planned (src/search/searchPlan.ts): the search page expects exactly this many bundles. */
interface SearchPlanFile {
  records: number;
  bundles: number;
}

/**
 * Builds the Pagefind index of a built site from the search records the
 * build wrote into it: one bundle, or on a big site as many as the build's
 * search plan says (src/search/searchPlan.ts), two at a time. Removes the
 * records. Returns the number of pages indexed.
 */
export async function indexSearch(site: string): Promise<number> {
  const recordsDir = join(site, SEARCH_RECORDS_DIR);
  const plan = JSON.parse(await readFile(join(recordsDir, "plan.json"), "utf8")) as SearchPlanFile;
  const names = (await readdir(recordsDir)).filter((name) => name.endsWith(".ndjson"));
  // Numeric order (2 before 10): the order the build wrote them in, which the bundle ranges count in.
  names.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const files = await recordFiles(names.map((name) => join(recordsDir, name)));
  const records = files.reduce((sum, file) => sum + file.records, 0);
  if (records !== plan.records)
    throw new Error(
      `The build wrote ${records} search records but planned ${plan.records}: the search index would not match.`,
    );
  const bundles = plan.bundles;
  const jobs = Array.from({ length: bundles }, (_, bundle): BundleJob => {
    const { from, to } = bundleRange(bundle, bundles, records);
    // Each bundle reads only the files that hold its records.
    const own = files.filter((file) => file.first < to && file.first + file.records > from);
    return {
      files: own.map((file) => file.path),
      start: own[0]?.first ?? from,
      from,
      to,
      outputPath: join(site, bundleDir(bundle)),
    };
  });
  const parallel = Math.max(1, Math.min(2, availableParallelism()));
  let indexed = 0;
  let next = 0;
  let failure: unknown;
  const lanes = Array.from({ length: Math.min(parallel, jobs.length) }, async () => {
    while (next < jobs.length && failure === undefined) {
      const job = jobs[next++];
      if (!job) continue;
      try {
        // Not `indexed += await …`: that reads `indexed` before the wait and loses the other lane's count.
        const pages = await runBundle(job);
        indexed += pages;
      } catch (error) {
        // Stop the other lane too, so nothing writes into the site while the build cleans it up.
        failure ??= error;
        await Promise.all([...running].map((worker) => worker.terminate()));
      }
    }
  });
  await Promise.allSettled(lanes);
  if (failure !== undefined) throw failure;
  await rm(recordsDir, { recursive: true, force: true });
  return indexed;
}
