// Runs the property-based drills for as long as you like: the property tests of the test command
// (packages/content/test/property, site/test/property), with many more cases.
// Usage: pnpm fuzz [--runs N] [--seed S] [--path P] [--only name,name]
//   --runs  cases per property (default 20,000)
//   --seed  replay a run: every failure prints its seed (and path)
//   --path  with --seed and --only, replay one shrunk counterexample directly
//   --only  run some properties: validDatasetsLoad, brokenDocumentsAreNamed, ndjsonNeverCrashes,
//           richTextIsInert, structuredDataIsInert, everyOutputParses, componentsShowDisclaimerAndDates
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

export const DEFAULT_RUNS = 20_000;
const PROPERTY_TESTS = ["packages/content/test/property", "site/test/property"];
const ROOT = resolve(import.meta.dirname, "../..");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: String(DEFAULT_RUNS) },
    seed: { type: "string" },
    path: { type: "string" },
    only: { type: "string" },
  },
});
const names = values.only?.split(",").map((name) => name.trim()) ?? [];
// Each property's test names it in parentheses; -t picks them by name.
const filter = names.length > 0 ? ["-t", `\\((${names.join("|")})\\)`] : [];
const result = spawnSync(
  process.execPath,
  ["node_modules/vitest/vitest.mjs", "run", "--project", "builds", "--testTimeout", "0", ...filter, ...PROPERTY_TESTS],
  {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      FUZZ_RUNS: values.runs,
      ...(values.seed && { FUZZ_SEED: values.seed }),
      ...(values.path && { FUZZ_PATH: values.path }),
    },
  },
);
process.exit(result.status ?? 1);
