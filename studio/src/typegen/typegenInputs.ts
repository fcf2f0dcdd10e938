import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

/*
 * What TypeGen's output depends on, as one digest: the Studio's sources and configuration (the schema), the
 * content package's sources (the queries, and the rules the schema imports), the lockfile (Sanity's version),
 * and the generated files themselves. `pnpm typegen` records it beside its output; the freshness check skips
 * regenerating (about 30 s of loading the Studio workspace twice) when nothing it depends on has changed since.
 * Only `pnpm typegen` should record it: recorded by hand, the check would trust whatever is committed.
 */
const studioDir = resolve(import.meta.dirname, "../..");
const root = resolve(studioDir, "..");

export const RECORDED_DIGEST = join(root, "packages/content/generated/typegen-inputs.sha256");

const GENERATED = ["packages/content/generated/schema.json", "packages/content/generated/sanity.types.ts"];
const FILES = [
  "studio/sanity.config.ts",
  "studio/sanity.cli.ts",
  "studio/package.json",
  "studio/tsconfig.json",
  "packages/content/package.json",
  "tsconfig.base.json",
  "pnpm-lock.yaml",
];
const FOLDERS = ["studio/src", "packages/content/src", "packages/env/src"];

function filesIn(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The digest of every input and output of TypeGen, by path and content, in a fixed order. */
export function typegenInputsDigest(): string {
  const hash = createHash("sha256");
  const files = [...FILES, ...GENERATED, ...FOLDERS.flatMap(filesIn)].sort();
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(root, file)))
      .update("\0");
  return hash.digest("hex");
}
