import { resolve } from "node:path";
import { DatasetFileError, signoffTrustFromEnv } from "@patient-ed/content";
import { EMBEDDED_DATASET_PATH, readDatasetFile, selectSource } from "@patient-ed/content/node";
import { reportConfigErrorAndExit } from "@patient-ed/env";
import { validateDataset } from "./validateDataset.ts";

/**
 * `pnpm content:validate [FILE]`: validates a dataset offline. Without FILE,
 * the same dataset the build would read: SANITY_DATASET_FILE, or the embedded
 * dataset. Relative paths are relative to where the command was run. Errors
 * fail it; warnings (readability, pages not signed off for what they show)
 * are printed and do not.
 */
function datasetPath(): string {
  // pnpm runs the script inside studio/; INIT_CWD is where the user typed the command.
  const argument = process.argv[2];
  if (argument) return resolve(process.env.INIT_CWD ?? process.cwd(), argument);
  const selection = selectSource(process.env);
  if (selection.kind === "content-lake") {
    throw new DatasetFileError(
      "content:validate checks a file: export the Content Lake first (sanity dataset export) and name the file, or unset SANITY_PROJECT_ID.",
    );
  }
  return selection.path;
}

async function main(): Promise<number> {
  const path = datasetPath();
  // The keys a build from the same content would trust: sign-off warnings say what that build would say.
  const trust = signoffTrustFromEnv(process.env, path === EMBEDDED_DATASET_PATH ? "embedded" : "file");
  const { documents, lineOf } = await readDatasetFile(path);
  const problems = await validateDataset(documents, lineOf, trust.keys);
  console.log(trust.description);
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
    if (error instanceof DatasetFileError) {
      console.error(error.message);
      process.exit(2);
    }
    reportConfigErrorAndExit(error, "content:validate");
  },
);
