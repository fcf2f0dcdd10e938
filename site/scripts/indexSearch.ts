import { createReadStream } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import * as pagefind from "pagefind";
import type { SearchRecord } from "../src/search/searchRecord.ts";

/** Where the build writes the search records (src/pages/search-records/); never published. */
export const SEARCH_RECORDS_DIR = "search-records";

/** Records sent to Pagefind before waiting for its answers: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT = 256;

function failIf(errors: readonly string[], step: string): void {
  if (errors.length > 0) throw new Error(`Search indexing (Pagefind) failed to ${step}: ${errors.join("; ")}`);
}

/**
 * Builds the Pagefind index of a built site from the search records the
 * build wrote into it, writes it to <site>/pagefind and removes the records.
 * Returns the number of pages indexed.
 */
export async function indexSearch(site: string): Promise<number> {
  const recordsDir = join(site, SEARCH_RECORDS_DIR);
  const { index, errors } = await pagefind.createIndex({});
  failIf(errors, "start");
  if (!index) throw new Error("Search indexing (Pagefind) failed to start.");
  try {
    let pages = 0;
    let inFlight: Promise<pagefind.NewFileResponse>[] = [];
    const settle = async () => {
      for (const response of await Promise.all(inFlight)) failIf(response.errors, "index a page");
      inFlight = [];
    };
    const files = (await readdir(recordsDir)).filter((name) => name.endsWith(".ndjson")).sort();
    for (const file of files) {
      const lines = createInterface({ input: createReadStream(join(recordsDir, file)), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        inFlight.push(index.addCustomRecord(JSON.parse(line) as SearchRecord));
        pages++;
        if (inFlight.length >= IN_FLIGHT) await settle();
      }
    }
    await settle();
    failIf((await index.writeFiles({ outputPath: join(site, "pagefind") })).errors, "write the index");
    await rm(recordsDir, { recursive: true, force: true });
    return pages;
  } finally {
    await pagefind.close();
  }
}
