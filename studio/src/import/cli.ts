import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { EMBEDDED_DATASET_PATH, readDatasetFile } from "@patient-ed/content/node";
import { validateDataset } from "../validation/validateDataset.ts";

/**
 * `pnpm content:import [FILE]`: imports the embedded dataset (or FILE) into
 * the project and dataset named by SANITY_STUDIO_PROJECT_ID and
 * SANITY_STUDIO_DATASET, with `sanity dataset import`. It validates first:
 * invalid content is never imported. Needs `sanity login` or SANITY_AUTH_TOKEN.
 */
function requireEnv(name: string): string {
  const value = process.env[name]?.trim();
  if (!value) throw new Error(`${name} is not set: name the Sanity project and dataset to import into.`);
  return value;
}

async function main(): Promise<number> {
  const argument = process.argv[2];
  const file = argument ? resolve(process.env.INIT_CWD ?? process.cwd(), argument) : EMBEDDED_DATASET_PATH;
  requireEnv("SANITY_STUDIO_PROJECT_ID");
  const dataset = requireEnv("SANITY_STUDIO_DATASET");
  const { documents, lineOf } = await readDatasetFile(file);
  const errors = (await validateDataset(documents, lineOf)).filter((problem) => problem.level === "error");
  if (errors.length > 0) {
    console.error(`${file} has ${errors.length} validation errors; run pnpm content:validate ${file} to see them.`);
    return 1;
  }
  // --replace makes the import idempotent: re-running it restores the seed content.
  const result = spawnSync("sanity", ["dataset", "import", file, dataset, "--replace"], { stdio: "inherit" });
  return result.status ?? 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
