import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { RECORDED_DIGEST, typegenInputsDigest } from "./typegenInputs.ts";

/**
 * Part of `pnpm check`: regenerates the extracted schema and the TypeGen
 * types into a folder of its own (sanity.cli.ts reads TYPEGEN_SCHEMA_FILE and
 * TYPEGEN_TYPES_FILE) and compares them with the committed ones, so a schema
 * or query change without `pnpm typegen` fails the check. It never writes the
 * working tree, so it can run while tests read the committed files. When
 * nothing TypeGen reads or writes has changed since `pnpm typegen` last ran
 * (the digest it recorded, typegenInputs.ts), the output is fresh by
 * construction and regenerating is skipped.
 */
const recorded = (() => {
  try {
    return readFileSync(RECORDED_DIGEST, "utf8").trim();
  } catch {
    return "";
  }
})();
if (recorded === typegenInputsDigest()) {
  console.log("Generated content types are fresh: nothing they are made from has changed since `pnpm typegen`.");
  process.exit(0);
}
const studioDir = resolve(import.meta.dirname, "../..");
const committed = {
  schema: join(studioDir, "../packages/content/generated/schema.json"),
  types: join(studioDir, "../packages/content/generated/sanity.types.ts"),
};
// Inside the Studio and named relative to it: `sanity schema extract --path` takes an absolute path as relative.
const cacheDir = join(studioDir, "node_modules/.cache");
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, "typegen-check-"));
const fresh = { schema: join(outDir, "schema.json"), types: join(outDir, "sanity.types.ts") };
const relativePath = (path: string) => relative(studioDir, path);
let stale: string[];
try {
  const sanity = join(studioDir, "node_modules/.bin/sanity");
  const env = {
    ...process.env,
    SANITY_TELEMETRY_DISABLED: "1",
    TYPEGEN_SCHEMA_FILE: relativePath(fresh.schema),
    TYPEGEN_TYPES_FILE: relativePath(fresh.types),
  };
  execFileSync(sanity, ["schema", "extract", "--force", "--path", relativePath(fresh.schema)], {
    cwd: studioDir,
    env,
    stdio: "pipe",
  });
  execFileSync(sanity, ["typegen", "generate"], { cwd: studioDir, env, stdio: "pipe" });
  // The types name the schema they came from: the committed one, not this check's copy.
  const generated = (kind: "schema" | "types") =>
    readFileSync(fresh[kind], "utf8").replace(
      `// Source: ${relativePath(fresh.schema)}`,
      `// Source: ${relativePath(committed.schema)}`,
    );
  stale = (["schema", "types"] as const)
    .filter((kind) => generated(kind) !== readFileSync(committed[kind], "utf8"))
    .map((kind) => committed[kind]);
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(`Generated content types are stale (${stale.join(", ")}): run \`pnpm typegen\` and commit the result.`);
  process.exit(1);
}
console.log("Generated content types match the Studio schema and the queries.");
