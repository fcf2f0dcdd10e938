import { ConfigError } from "@patient-ed/env";
import { migrateContentLake } from "./migrateContentLake.ts";
import { migrateDatasetFile } from "./migrateDatasetFile.ts";
import { migrationKeys } from "./migrationKey.ts";
import { migrationOptions } from "./migrationOptions.ts";
import type { MigrationStep } from "./migrationPlan.ts";
import { stepLine, summaryLine } from "./migrationReport.ts";
import { MigrationUsageError } from "./MigrationUsageError.ts";

/**
 * `pnpm signoff:migrate --operator "Name"`: for content published before clinical sign-offs existed, records the
 * current content of each published article and FAQ entry that has no sign-off at all as signed off by its named
 * reviewer on its last review date, marked recordedAtMigration and naming the operator. Pages already signed off,
 * or changed since a sign-off, are left alone and listed: re-signing a changed page would pass an unreviewed edit
 * off as reviewed. Safe to run twice: the second run finds every page signed off and records nothing.
 *
 * A dataset file (--file PATH or SANITY_DATASET_FILE) is written to --out PATH, or only described without it. The
 * Content Lake (SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_WRITE_TOKEN) is patched, unless --dry-run.
 * Signs with SIGNOFF_PRIVATE_KEY, or for a dataset file --development-key.
 */
async function main(args: string[]): Promise<number> {
  const options = migrationOptions(args, process.env);
  const { target } = options;
  const keys = migrationKeys(process.env, options.developmentKey, target.kind === "content-lake");
  const dryRun = options.dryRun || (target.kind === "file" && target.out === null);
  const where = target.kind === "file" ? `dataset file ${target.path}` : `Content Lake dataset ${target.dataset}`;
  console.log(`Clinical sign-off migration of ${where} by ${options.operator}${dryRun ? " (dry run)" : ""}.`);
  for (const note of keys.notes) console.log(note);
  const context = { key: keys.key, trusted: keys.trusted, operator: options.operator, now: new Date() };
  const print = (step: MigrationStep) => console.log(stepLine(step, dryRun));
  const steps =
    target.kind === "file"
      ? await migrateDatasetFile(target.path, dryRun ? null : target.out, context, print)
      : await migrateContentLake(target, context, dryRun, print);
  console.log(summaryLine(steps, dryRun));
  if (dryRun)
    console.log(
      target.kind === "file"
        ? "Nothing was written: add --out PATH to write the migrated dataset."
        : "Nothing was written: run without --dry-run to record the sign-offs.",
    );
  else if (target.kind === "file") console.log(`Written to ${target.out}.`);
  return steps.some((step) => step.outcome.kind === "failed") ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Usage and configuration errors are complete, one line each, and never carry a key or token: no stack.
  if (error instanceof MigrationUsageError || error instanceof ConfigError) {
    for (const line of error.message.split("\n")) console.error(`signoff:migrate: ${line}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
