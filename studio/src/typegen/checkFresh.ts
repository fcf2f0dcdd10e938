import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * Part of `pnpm check`: regenerates the extracted schema and the TypeGen
 * types and compares them with the committed ones, so a schema or query
 * change without `pnpm typegen` fails the check. TypeGen always writes where
 * sanity.cli.ts says (it ignores --config-path when the CLI config has a
 * typegen section), so the committed files are saved first and put back
 * afterwards: the check never changes the working tree.
 */
const studioDir = resolve(import.meta.dirname, "../..");
const generated = ["../packages/content/generated/schema.json", "../packages/content/generated/sanity.types.ts"];

const committed = new Map(generated.map((path) => [path, readFileSync(join(studioDir, path), "utf8")]));
const fresh = new Map<string, string>();
try {
  const sanity = join(studioDir, "node_modules/.bin/sanity");
  const env = { ...process.env, SANITY_TELEMETRY_DISABLED: "1" };
  execFileSync(sanity, ["schema", "extract", "--force", "--path", generated[0]!], {
    cwd: studioDir,
    env,
    stdio: "pipe",
  });
  execFileSync(sanity, ["typegen", "generate"], { cwd: studioDir, env, stdio: "pipe" });
  for (const path of generated) fresh.set(path, readFileSync(join(studioDir, path), "utf8"));
} finally {
  for (const [path, text] of committed) writeFileSync(join(studioDir, path), text);
}
const stale = generated.filter((path) => fresh.get(path) !== committed.get(path));
if (stale.length > 0) {
  console.error(`Generated content types are stale (${stale.join(", ")}): run \`pnpm typegen\` and commit the result.`);
  process.exit(1);
}
console.log("Generated content types match the Studio schema and the queries.");
