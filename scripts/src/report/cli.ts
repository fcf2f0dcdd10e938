import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { reviewToday, signoffTrustFromEnv } from "@patient-ed/content";
import { openSource, selectSource } from "@patient-ed/content/node";
import { summaryLine, toMarkdown, toTable } from "./formatReport.ts";
import { governanceRows, settingsTimeZone } from "./governanceRows.ts";

/**
 * `pnpm content:report [--out-dir DIR]`: one row per article and FAQ entry
 * from whichever content source the environment selects (embedded dataset,
 * SANITY_DATASET_FILE or the Content Lake), printed and written as JSON and
 * Markdown: review dates, readability, references and clinical sign-off.
 * It informs and always exits 0; the build enforces the policy.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "out-dir": { type: "string" } } });
  const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values["out-dir"] ?? "reports");
  const selection = selectSource(process.env);
  // The keys a build from this same source would trust, so the report and the site agree about every page.
  const trust = signoffTrustFromEnv(process.env, selection.kind);
  const source = await openSource(selection);
  const today = reviewToday(await settingsTimeZone(source), process.env);
  const rows = await governanceRows(source, today, trust.keys);
  console.log(`Clinical governance report for ${source.description}, as of ${today}`);
  console.log(`${trust.description}\n`);
  console.log(toTable(rows));
  console.log(`\n${summaryLine(rows)}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, "governance.json"),
    `${JSON.stringify({ today, source: source.description, signoffTrust: trust.description, rows }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, "governance.md"), toMarkdown(rows, today, trust.description));
  console.log(`Written to ${join(outDir, "governance.json")} and governance.md`);
}

main().catch((error: unknown) => {
  // Informational: a source that cannot be read is reported, but the exit code stays 0 by design.
  console.error(
    `The governance report could not be produced: ${error instanceof Error ? error.message : String(error)}`,
  );
});
