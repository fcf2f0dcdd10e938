import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { reviewToday } from "@patient-ed/content";
import { openSource } from "@patient-ed/content/node";
import { toMarkdown, toTable } from "./formatReport.ts";
import { governanceRows, settingsTimeZone } from "./governanceRows.ts";

/**
 * `pnpm content:report [--out-dir DIR]`: one row per article and FAQ entry
 * from whichever content source the environment selects (embedded dataset,
 * SANITY_DATASET_FILE or the Content Lake), printed and written as JSON and
 * Markdown. It informs and always exits 0; the build enforces the policy.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { "out-dir": { type: "string" } } });
  const outDir = resolve(process.env.INIT_CWD ?? process.cwd(), values["out-dir"] ?? "reports");
  const source = await openSource();
  const today = reviewToday(await settingsTimeZone(source), process.env);
  const rows = await governanceRows(source, today);
  console.log(`Clinical governance report for ${source.description}, as of ${today}\n`);
  console.log(toTable(rows));
  const overdue = rows.filter((row) => row.status === "overdue").length;
  const dueSoon = rows.filter((row) => row.status === "due soon").length;
  console.log(`\n${rows.length} documents: ${overdue} overdue, ${dueSoon} due soon.`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, "governance.json"),
    `${JSON.stringify({ today, source: source.description, rows }, null, 2)}\n`,
  );
  writeFileSync(join(outDir, "governance.md"), toMarkdown(rows, today));
  console.log(`Written to ${join(outDir, "governance.json")} and governance.md`);
}

main().catch((error: unknown) => {
  // Informational: a source that cannot be read is reported, but the exit code stays 0 by design.
  console.error(
    `The governance report could not be produced: ${error instanceof Error ? error.message : String(error)}`,
  );
});
