import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";

const repoDir = resolve(import.meta.dirname, "../../..");

/** Everything a site build reads from the work tree, relative to the repository root. */
const INPUTS = [
  "site/src",
  "site/public",
  "site/scripts",
  "site/astro.config.ts",
  "site/package.json",
  "packages",
  "studio/data",
  "pnpm-lock.yaml",
];
const SKIPPED = new Set(["node_modules", "dist", ".astro", ".sanity", "test", "screenshots", "reports"]);

function walk(path: string, files: string[]): void {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) return;
  if (info.isFile()) {
    files.push(path);
    return;
  }
  if (!info.isDirectory()) return;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith(".dist")) continue;
    if (entry.isDirectory() || entry.isFile()) walk(join(path, entry.name), files);
  }
}

/**
 * A digest of the build's inputs, so browser test files can share one build
 * between them (and between runs) and still never test a stale site.
 */
export function sourceDigest(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(join(repoDir, input), files);
  const hash = createHash("sha256");
  for (const file of files.sort())
    hash.update(relative(repoDir, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}
