// Builds the site exactly as site/scripts/build.ts does (the same programmatic
// astro build() from site/, content from SANITY_DATASET_FILE) but with its own
// output and cache folders, and without Pagefind, which the runner times alone.
// Usage: node scripts/src/bench/measure/astroBuild.ts --out DIR --cache DIR [--config JSON]
//   --out must lie inside site/: Astro puts its prerender bundle next to the
//   output when that is inside the working folder, and the bundle must resolve
//   the site's packages from there.
//   --config is merged over site/astro.config.ts, to try options such as
//   {"build":{"concurrency":2}} without editing the site.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { SITE_DIR } from "../common/paths.ts";

type AstroBuild = (config: Record<string, unknown>) => Promise<void>;

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { out: { type: "string" }, cache: { type: "string" }, config: { type: "string", default: "{}" } },
});
if (!values.out || !values.cache) throw new Error("Usage: astroBuild.ts --out DIR --cache DIR [--config JSON]");
const out = resolve(values.out);
const cacheDir = resolve(values.cache);
if (!out.startsWith(`${SITE_DIR}/`)) throw new Error(`--out must be inside ${SITE_DIR}`);

const overrides = JSON.parse(values.config) as Record<string, unknown>;
const astro = (await import(pathToFileURL(resolve(SITE_DIR, "node_modules/astro/dist/index.js")).href)) as {
  build: AstroBuild;
};
process.env.ASTRO_OUT_DIR = out;
// A relative dataset path means relative to where the command was run, not to site/.
if (process.env.SANITY_DATASET_FILE) process.env.SANITY_DATASET_FILE = resolve(process.env.SANITY_DATASET_FILE);
process.env.ASTRO_TELEMETRY_DISABLED = "1";
// The working folder decides where the prerender bundle goes (see above).
process.chdir(SITE_DIR);
// A separate cacheDir keeps this build's data store (node_modules/.astro/data-store.json)
// away from the one other builds of the site read and write at the same time.
await astro.build({ root: SITE_DIR, logLevel: "warn", ...overrides, outDir: out, cacheDir });
