import { writeFileSync } from "node:fs";
import { withSignoff, type RawDocument } from "@patient-ed/content";
import { readDatasetFile } from "@patient-ed/content/node";
import {
  isMigratable,
  personNames,
  planMigration,
  type MigrationContext,
  type MigrationStep,
} from "./migrationPlan.ts";

/**
 * Migrates a dataset file (NDJSON or a `sanity dataset export` archive). With `out`, writes every document, in
 * order, to `out` as NDJSON, the recorded sign-offs in place; without it, writes nothing. The input is never
 * changed unless `out` names it. `onStep` is told each document once the file is written.
 */
export async function migrateDatasetFile(
  path: string,
  out: string | null,
  context: Omit<MigrationContext, "names">,
  onStep: (step: MigrationStep) => void,
): Promise<MigrationStep[]> {
  const documents = (await readDatasetFile(path)).documents as RawDocument[];
  const names = personNames(documents);
  const steps = new Map<string, MigrationStep>();
  for (const doc of documents.filter(isMigratable)) steps.set(doc._id, planMigration(doc, { ...context, names }));
  if (out !== null) {
    const migrated = documents.map((doc) => {
      const outcome = steps.get(doc._id)?.outcome;
      return outcome?.kind === "record" ? withSignoff(doc, outcome.record) : doc;
    });
    writeFileSync(out, `${migrated.map((doc) => JSON.stringify(doc)).join("\n")}\n`);
  }
  for (const step of steps.values()) onStep(step);
  return [...steps.values()];
}
