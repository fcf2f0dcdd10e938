// Lints every GitHub Actions workflow with actionlint, offline.
// Usage: node scripts/src/lintWorkflows.ts [workflows-dir]   (default: the repository's .github/workflows)
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { lintWorkflowText, type WorkflowProblem } from "./workflows/actionlint.ts";

export const REPO_WORKFLOWS_DIR = resolve(import.meta.dirname, "../../.github/workflows");

export interface FileProblem extends WorkflowProblem {
  file: string;
}

/** GitHub only reads .yml and .yaml files from the workflows folder. */
function isWorkflowFile(name: string): boolean {
  return name.endsWith(".yml") || name.endsWith(".yaml");
}

/** The workflow files in `dir`, sorted so output is stable. */
export async function listWorkflows(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isWorkflowFile(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/** Lints each file in turn (the linter must not be entered concurrently); paths are relative to the cwd. */
export async function lintWorkflowFiles(files: readonly string[]): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  for (const path of files) {
    const file = relative(process.cwd(), path);
    const found = await lintWorkflowText(await readFile(path, "utf8"), file);
    problems.push(...found.map((problem) => ({ file, ...problem })));
  }
  return problems;
}

/** actionlint's own one-line format, which editors and CI logs link to the spot. */
export function formatProblem(problem: FileProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`;
}

async function main(dir: string): Promise<number> {
  const files = await listWorkflows(dir);
  if (files.length === 0) {
    console.error(`No workflow files (.yml, .yaml) in ${dir}`);
    return 1;
  }
  const problems = await lintWorkflowFiles(files);
  for (const problem of problems) console.error(formatProblem(problem));
  const summary = `${problems.length} problem(s) in ${files.length} workflow file(s)`;
  if (problems.length > 0) {
    console.error(summary);
    return 1;
  }
  console.log(summary);
  return 0;
}

if (import.meta.main) {
  process.exitCode = await main(resolve(process.argv[2] ?? REPO_WORKFLOWS_DIR));
}
