import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../src/search/searchRecord.ts";
import { ndjsonFileLines } from "@patient-ed/content/node";

/*
 * Builds one Pagefind bundle in a thread of its own. Each thread drives its
 * own Pagefind process: one process indexing two bundles at once is barely
 * faster than one, two processes are about a third faster on two cores.
 */

export interface BundleJob {
  /** The record files holding this bundle's records, in order; this bundle takes records from..to-1. */
  files: string[];
  /** The position of the first record of the first file, counted over all records. */
  start: number;
  from: number;
  to: number;
  outputPath: string;
}

/** Records sent to Pagefind before waiting for its answers: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 256;

function failIf(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search indexing (Pagefind) failed to ${step}: ${errors.join("; ")}`);
}

async function buildBundle({ files, start, from, to, outputPath }: BundleJob): Promise<number> {
  try {
    // Inside the try: Pagefind's process must be closed even when it fails to start, or it keeps this thread alive.
    const { index, errors } = await pagefind.createIndex({});
    failIf(errors, "start");
    if (!index) throw new Error("Search indexing (Pagefind) failed to start.");
    let position = start;
    let inFlight: Promise<pagefind.NewFileResponse>[] = [];
    const settle = async () => {
      for (const response of await Promise.all(inFlight)) failIf(response.errors, "index a page");
      inFlight = [];
    };
    for (const file of files) {
      for await (const line of ndjsonFileLines(file)) {
        if (!line) continue;
        const mine = position >= from && position < to;
        position++;
        if (!mine) continue;
        inFlight.push(index.addCustomRecord(JSON.parse(line) as SearchRecord));
        if (inFlight.length >= IN_FLIGHT) await settle();
      }
      if (position >= to) break;
    }
    await settle();
    failIf((await index.writeFiles({ outputPath })).errors, "write the index");
    return to - from;
  } finally {
    await pagefind.close();
  }
}

try {
  parentPort?.postMessage({ indexed: await buildBundle(workerData as BundleJob) });
} catch (error) {
  parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
