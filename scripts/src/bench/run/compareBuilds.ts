// Builds the site once per variant (Astro config merged over the site's) on
// one dataset and reports each build's measurements side by side: for trying
// Astro's accelerators and proposed site changes without editing the site.
// Usage: node scripts/src/bench/run/compareBuilds.ts --dataset FILE --out REPORT.json
//          --variant 'name={"build":{"concurrency":2}}' [--variant ...] [--repeat N]
//   --repeat builds each variant N times in a row with the same cache folder: the
//   second build shows what Astro's caches (data store, incremental build) save.
//   A variant may set "srcDir" to a patched copy of site/src (inside site/).
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";
import { REPORTS_DIR, SITE_DIR } from "../common/paths.ts";
import type { Measurement } from "./report.ts";
import { measureBuild } from "./steps.ts";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    dataset: { type: "string" },
    out: { type: "string" },
    variant: { type: "string", multiple: true, default: [] },
    repeat: { type: "string", default: "1" },
    "keep-output": { type: "boolean", default: false },
  },
});
if (!values.dataset || !values.out || values.variant.length === 0) {
  throw new Error("Usage: compareBuilds.ts --dataset FILE --out REPORT.json --variant 'name={...}' [--variant ...]");
}

const results: Record<string, { config: Record<string, unknown>; builds: Measurement[] }> = {};
for (const spec of values.variant) {
  const split = spec.indexOf("=");
  const name = spec.slice(0, split);
  const config = JSON.parse(spec.slice(split + 1)) as Record<string, unknown>;
  const siteWork = resolve(SITE_DIR, ".cache/bench", `compare-${name}-${process.pid}`);
  console.log(`[compare] ${name}: ${JSON.stringify(config)}`);
  const builds: Measurement[] = [];
  for (let round = 1; round <= Number(values.repeat); round++) {
    const build = await measureBuild({
      articles: 0,
      dataset: resolve(values.dataset),
      siteWork,
      floorWork: siteWork,
      logs: resolve(REPORTS_DIR, "logs", `compare-${name}-${round}-${process.pid}`),
      astroConfig: config,
    });
    builds.push(build);
    const { phases } = build;
    console.log(
      `[compare] ${name} #${round}: ${build.ok ? "ok" : "FAILED"} ${(build.wallMs / 1000).toFixed(1)} s, ${build.pages} pages, ` +
        `${(build.peakRssBytes / 1_048_576).toFixed(0)} MiB peak, sync ${phases?.syncMs} ms, bundle ${phases?.bundleMs} ms, ` +
        `render ${phases?.renderMs} ms, CPU ${build.cpuSeconds} s, other CPU ${build.otherCpuSeconds} s`,
    );
  }
  results[name] = { config, builds };
  if (!values["keep-output"]) await rm(siteWork, { recursive: true, force: true });
}
const out = resolve(values.out);
await mkdir(dirname(out), { recursive: true });
await writeFile(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), dataset: values.dataset, results }, null, 2)}\n`,
);
console.log(`[compare] Report written to ${out}`);
