// Writes a deterministic benchmark dataset in Sanity's export format.
// Usage: pnpm bench:data --articles N [--seed S] [--out FILE] [--today YYYY-MM-DD]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { isIsoDate, todayUtc } from "../common/calendar.ts";
import { writeDataset } from "./dataset.ts";
import { defaultDatasetPath } from "./datasetPath.ts";
import { positiveInteger } from "../common/options.ts";
import { planDataset } from "./plan.ts";

const USAGE = "Usage: pnpm bench:data --articles N [--seed S] [--out FILE] [--today YYYY-MM-DD]";

async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      articles: { type: "string" },
      seed: { type: "string", default: "1" },
      out: { type: "string" },
      today: { type: "string" },
    },
  });
  const articles = positiveInteger(values.articles, "--articles");
  const today = values.today ?? todayUtc();
  if (!isIsoDate(today)) throw new Error(`--today must be a date such as 2026-01-31, not "${today}"`);
  // pnpm runs root scripts from the root; INIT_CWD is where the command was typed.
  const out = values.out
    ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out)
    : defaultDatasetPath(articles, values.seed);
  const started = performance.now();
  const summary = await writeDataset(planDataset(articles, values.seed, today), out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const megabytes = (summary.bytes / 1_048_576).toFixed(1);
  console.log(
    `Wrote ${summary.documents} documents (${articles} articles) to ${out}: ${megabytes} MiB in ${seconds} s`,
  );
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 1;
}
