import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { selectSource } from "@patient-ed/content/node";
import { EnvReader, type Env } from "@patient-ed/env";
import { MigrationUsageError } from "./MigrationUsageError.ts";

export type MigrationTarget =
  /** `out` null: print what would be done and write nothing. */
  | { kind: "file"; path: string; out: string | null }
  | { kind: "content-lake"; projectId: string; dataset: string; token: string; apiHost?: string };

export interface MigrationOptions {
  operator: string;
  target: MigrationTarget;
  /** Sign with the development key (dataset files only) instead of SIGNOFF_PRIVATE_KEY. */
  developmentKey: boolean;
  dryRun: boolean;
}

export const USAGE =
  'pnpm signoff:migrate --operator "Your Name" [--file PATH] [--out PATH] [--dry-run] [--development-key]';

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        operator: { type: "string" },
        file: { type: "string" },
        out: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        "development-key": { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    throw new MigrationUsageError(`${(error as Error).message}. Usage: ${USAGE}`);
  }
}

/** A dataset file named with --file, else the source the environment selects, as the build and the report do. */
function target(file: string | undefined, out: string | undefined, env: Env): MigrationTarget {
  // Relative paths are relative to where the command was typed (pnpm runs scripts elsewhere and sets INIT_CWD).
  const here = env.INIT_CWD ?? process.cwd();
  const outPath = out === undefined ? null : resolve(here, out);
  if (file !== undefined) return { kind: "file", path: resolve(here, file), out: outPath };
  const selection = selectSource(env);
  if (selection.kind === "file") return { kind: "file", path: selection.path, out: outPath };
  if (selection.kind === "embedded")
    throw new MigrationUsageError(
      "Name the dataset to migrate: --file PATH or SANITY_DATASET_FILE, or SANITY_PROJECT_ID and SANITY_DATASET for the Content Lake (the embedded dataset is signed with pnpm seed:sign).",
    );
  if (outPath !== null)
    throw new MigrationUsageError("--out is for a dataset file: the Content Lake is patched in place.");
  const reader = new EnvReader(env);
  const token = reader.required("SANITY_API_WRITE_TOKEN", "a token with write access records the sign-offs");
  reader.check();
  return {
    kind: "content-lake",
    projectId: selection.projectId,
    dataset: selection.dataset,
    token,
    ...(selection.apiHost && { apiHost: selection.apiHost }),
  };
}

/** Reads the command line and the environment; throws MigrationUsageError or ConfigError, one line each. */
export function migrationOptions(args: string[], env: Env): MigrationOptions {
  const values = parse(args);
  const operator = values.operator?.trim() ?? "";
  if (operator === "" || /[\r\n]/.test(operator))
    throw new MigrationUsageError(
      `--operator "Your Name" is required: every sign-off it records names who ran the migration. Usage: ${USAGE}`,
    );
  return {
    operator,
    target: target(values.file, values.out, env),
    developmentKey: values["development-key"],
    dryRun: values["dry-run"],
  };
}
