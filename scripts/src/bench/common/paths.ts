import { resolve } from "node:path";

/** Fixed places in the workspace, so the benchmark runs the same from any working directory. */
export const REPO_ROOT = resolve(import.meta.dirname, "../../../..");
export const SITE_DIR = resolve(REPO_ROOT, "site");
export const FLOOR_DIR = resolve(REPO_ROOT, "scripts/fixtures/floor");
export const REPORTS_DIR = resolve(REPO_ROOT, "reports");
export const BENCHMARKS_MD = resolve(REPO_ROOT, "BENCHMARKS.md");
