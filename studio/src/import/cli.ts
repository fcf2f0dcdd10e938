import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { EnvReader, reportConfigErrorAndExit } from "@patient-ed/env";
import { validateDataset } from "../validation/validateDataset.ts";

/**
 * `pnpm content:import [FILE]`: imports the embedded dataset (or FILE) into
 * the project and dataset named by SANITY_PROJECT_ID and SANITY_DATASET (the
 * names the build and the report use), with `sanity dataset import`. It
 * validates first: invalid content is never imported. Needs `sanity login` or
 * SANITY_AUTH_TOKEN.
 */
function importTarget(): { projectId: string; dataset: string } {
  const env = new EnvReader(process.env);
  const projectId = env.required("SANITY_PROJECT_ID", "the Sanity project to import into (sanity.io/manage)");
  const dataset = env.required("SANITY_DATASET", "the dataset to import into, e.g. production");
  env.check();
  return { projectId, dataset };
}

async function main(): Promise<number> {
  const argument = process.argv[2];
  const file = argument ? resolve(process.env.INIT_CWD ?? process.cwd(), argument) : EMBEDDED_DATASET_PATH;
  const { projectId, dataset } = importTarget();
  const { documents, lineOf } = await readDatasetFile(file);
  const errors = (await validateDataset(documents, lineOf)).filter((problem) => problem.level === "error");
  if (errors.length > 0) {
    console.error(`${file} has ${errors.length} validation errors; run pnpm content:validate ${file} to see them.`);
    return 1;
  }
  // --replace makes the import idempotent: re-running it restores the seed content.
  const result = spawnSync("sanity", ["dataset", "import", file, dataset, "--replace", "--project-id", projectId], {
    stdio: "inherit",
  });
  return result.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => reportConfigErrorAndExit(error, "content:import"),
);
