import { defineConfig } from "vitest/config";

// mimalloc's lazy commit (see the file), set here before the test workers start so that every process they start
// inherits it, `sanity build` included: nothing a test checks depends on it.
import "./site/scripts/bundlerMemory.ts";

/*
 * Two lanes for two cores. Each lane runs its files one at a time (builds and browsers would only slow each other
 * down inside a lane), and `pnpm test` runs the two lanes side by side as two vitest processes
 * (scripts/src/testLanes.ts): browser work waits on pages and sockets while the other lane builds sites. Balanced by
 * measured time: browser 352 s and builds 339 s in a quiet 2-core `pnpm test` (December 2026). Every file that uses
 * the shared built site (site/test/helpers/builtSite.ts) is in the browser lane, so one build serves them all.
 */
const BROWSER_LANE = [
  "site/test/browser/**/*.test.ts",
  "site/test/listings.test.ts",
  "studio/test/browser/**/*.test.ts",
  "studio/test/studioBuild.test.ts",
  // Site builds of its own; here to even out the lanes.
  "site/test/reviewPolicy.test.ts",
];

const lane = (name: string, include: string[], exclude: string[] = []) => ({
  extends: true as const,
  // isolate: false keeps modules loaded from one file to the next: each file no longer pays again for importing
  // Sanity, Astro and Playwright (half the Studio files' time). No test mocks modules or changes globals.
  test: { name, include, exclude, fileParallelism: false, isolate: false, sequence: { groupOrder: 0 } },
});

export default defineConfig({
  test: {
    // From measured times with a wide margin: most tests take under 45 s even with the machine fully loaded (a build
    // beside a CPU hog); the few that take longer (the Studio's flows, the benchmark's builds) set their own limits.
    testTimeout: 120_000,
    // Hooks build sites and Studios (under a minute loaded).
    hookTimeout: 600_000,
    projects: [
      lane("browser", BROWSER_LANE),
      lane("builds", ["{packages/*,studio,site,scripts}/test/**/*.test.ts"], BROWSER_LANE),
    ],
  },
});
