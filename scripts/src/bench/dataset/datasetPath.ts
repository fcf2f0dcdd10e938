import { resolve } from "node:path";
import { REPORTS_DIR } from "../common/paths.ts";

/** Where generated datasets go by default: reports/ is gitignored. */
export function defaultDatasetPath(articles: number, seed: string): string {
  return resolve(REPORTS_DIR, "datasets", `bench-${articles}-seed-${seed}.ndjson`);
}
