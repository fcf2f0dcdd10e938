import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";

/*
 * `pnpm test`'s vitest step: the projects in vitest.config.ts ("lanes") run
 * as separate vitest processes side by side, each running its files one at a
 * time. (Vitest runs every project whose files must not run in parallel in
 * one queue, so one process would run the lanes one after the other.) Each
 * line is prefixed with its lane; the exit code is the worst of the lanes.
 * Extra arguments go to every lane, e.g. `pnpm test:unit site/test/build.test.ts`.
 */
const LANES = ["browser", "builds"];
/*
 * Node's compile cache, shared by every process the tests start: the suite runs the site's build, Astro, Vite and
 * Sanity's CLI dozens of times, and each process would otherwise compile the same JavaScript again (measured: a
 * site build 25% quicker with it warm). Node checks each entry against the source, so a stale one is only ignored.
 */
const compileCache =
  process.env.NODE_COMPILE_CACHE ?? resolve(import.meta.dirname, "../../node_modules/.cache/node-compile");
const extra = process.argv.slice(2);

function runLane(lane: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["node_modules/vitest/vitest.mjs", "run", "--project", lane, "--passWithNoTests", ...extra],
      {
        stdio: ["ignore", "pipe", "pipe"],
        env: {
          ...process.env,
          NODE_COMPILE_CACHE: compileCache,
          FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? "1" : "0"),
        },
      },
    );
    for (const stream of [child.stdout, child.stderr])
      createInterface({ input: stream }).on("line", (line) => console.log(`[${lane}] ${line}`));
    child.on("close", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const started = Date.now();
const codes = await Promise.all(LANES.map(runLane));
const failed = LANES.filter((_, index) => codes[index] !== 0);
console.log(
  `\nTest lanes ${failed.length === 0 ? "passed" : `failed: ${failed.join(", ")}`} in ${Math.round((Date.now() - started) / 1000)} s.`,
);
process.exit(failed.length === 0 ? 0 : 1);
