import { resolve } from "node:path";
import { DatasetFileError } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { validateDataset } from "./validateDataset.ts";

/**
 * `pnpm content:validate [FILE]`: validates the embedded dataset, or any
 * NDJSON file or `sanity dataset export` archive, offline.
 */
async function main(): Promise<number> {
  // pnpm runs the script inside studio/; INIT_CWD is where the user typed the command.
  const argument = process.argv[2];
  const path = argument ? resolve(process.env.INIT_CWD ?? process.cwd(), argument) : EMBEDDED_DATASET_PATH;
  const { documents, lineOf } = await readDatasetFile(path);
  const problems = await validateDataset(documents, lineOf);
  for (const problem of problems) {
    const where = problem.line === undefined ? "" : ` (line ${problem.line})`;
    const field = problem.path ? ` at ${problem.path}` : "";
    console.log(
      `${problem.level.toUpperCase()} ${problem.documentType} "${problem.documentId}"${where}${field}: ${problem.message}`,
    );
  }
  const errors = problems.filter((problem) => problem.level === "error").length;
  const warnings = problems.length - errors;
  console.log(`${documents.length} documents checked in ${path}: ${errors} errors, ${warnings} warnings.`);
  return errors > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A dataset that cannot be read is reported plainly; anything else is a bug worth its stack.
    console.error(error instanceof DatasetFileError ? error.message : error);
    process.exit(2);
  },
);
