// Runs the property-based drills (hostile input, item 2) for as long as you like: the same
// properties as `vitest run packages/content/test/property site/test/property`, with more cases.
// Usage: pnpm fuzz [--runs N] [--seed S] [--path P] [--only name,name]
//   --runs  cases per property (default 20,000)
//   --seed  replay a run: every failure prints its seed (and path)
//   --path  with --seed and --only, replay one shrunk counterexample directly
//   --only  run some properties: validDatasetsLoad, brokenDocumentsAreNamed, ndjsonNeverCrashes,
//           richTextIsInert, structuredDataIsInert, componentsShowDisclaimerAndDates
import { parseArgs } from "node:util";
import {
  brokenDocumentsAreNamed,
  ndjsonNeverCrashes,
  validDatasetsLoad,
  type RunOptions,
} from "../../packages/content/test/property/properties.ts";

/*
 * The site's properties are imported at run time: they import the site's own
 * modules, which are type-checked by `astro check` (with Astro's types), not
 * by this package. These interfaces are the part of them this script uses.
 */
interface ComponentRenderer {
  close(): Promise<void>;
}
interface RenderProperties {
  richTextIsInert(options: RunOptions): Promise<void>;
  structuredDataIsInert(options: RunOptions): Promise<void>;
  componentsShowDisclaimerAndDates(options: RunOptions, renderer: ComponentRenderer): Promise<void>;
}
interface AstroComponents {
  createComponentRenderer(): Promise<ComponentRenderer>;
}

const SITE_PROPERTIES = new URL("../../site/test/property/renderProperties.ts", import.meta.url).href;
const SITE_COMPONENTS = new URL("../../site/test/property/astroComponents.ts", import.meta.url).href;

export const DEFAULT_RUNS = 20_000;

interface Property {
  name: string;
  run(options: RunOptions): Promise<void>;
}

function properties(): Property[] {
  return [
    { name: "validDatasetsLoad", run: validDatasetsLoad },
    { name: "brokenDocumentsAreNamed", run: brokenDocumentsAreNamed },
    { name: "ndjsonNeverCrashes", run: async (options) => ndjsonNeverCrashes(options) },
    {
      name: "richTextIsInert",
      run: async (options) => {
        const site: RenderProperties = await import(SITE_PROPERTIES);
        await site.richTextIsInert(options);
      },
    },
    {
      name: "structuredDataIsInert",
      run: async (options) => {
        const site: RenderProperties = await import(SITE_PROPERTIES);
        await site.structuredDataIsInert(options);
      },
    },
    {
      name: "componentsShowDisclaimerAndDates",
      run: async (options) => {
        const site: RenderProperties = await import(SITE_PROPERTIES);
        const components: AstroComponents = await import(SITE_COMPONENTS);
        const renderer = await components.createComponentRenderer();
        try {
          await site.componentsShowDisclaimerAndDates(options, renderer);
        } finally {
          await renderer.close();
        }
      },
    },
  ];
}

function wholeNumber(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`${flag} must be a whole number, not "${value}".`);
  return number;
}

/** What fast-check reports for a failure: the counterexample, its seed and path, and the assertion that failed. */
function failureReport(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `\nCaused by: ${error.cause.message}` : "";
  return `${error.message}${cause}`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      runs: { type: "string" },
      seed: { type: "string" },
      path: { type: "string" },
      only: { type: "string" },
    },
  });
  const numRuns = wholeNumber(values.runs, "--runs", DEFAULT_RUNS);
  if (numRuns < 1) throw new Error("--runs must be at least 1.");
  const seed = wholeNumber(values.seed, "--seed", (Math.random() * 2 ** 31) | 0);
  const wanted = values.only?.split(",").map((name) => name.trim());
  const all = properties();
  const unknown = wanted?.filter((name) => !all.some((property) => property.name === name)) ?? [];
  if (unknown.length > 0)
    throw new Error(`Unknown propert${unknown.length === 1 ? "y" : "ies"}: ${unknown.join(", ")}.`);
  const chosen = wanted ? all.filter((property) => wanted.includes(property.name)) : all;

  const count = `${chosen.length} propert${chosen.length === 1 ? "y" : "ies"}`;
  console.log(`Fuzzing ${count}, ${numRuns} cases each, seed ${seed}.`);
  const failed: string[] = [];
  for (const property of chosen) {
    const started = performance.now();
    try {
      await property.run({ numRuns, seed, ...(values.path === undefined ? {} : { path: values.path }) });
      console.log(`  ok      ${property.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed.push(property.name);
      console.log(`  FAILED  ${property.name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      console.log(failureReport(error).replace(/^/gm, "    "));
      const path = /path: "([^"]*)"/.exec(failureReport(error))?.[1];
      console.log(`    Replay: pnpm fuzz --only ${property.name} --seed ${seed}${path ? ` --path ${path}` : ""}`);
    }
  }
  if (failed.length > 0) {
    console.log(`${failed.length} of ${count} failed (seed ${seed}): ${failed.join(", ")}.`);
    return 1;
  }
  console.log(
    `${chosen.length === 1 ? "The property" : `All ${count}`} held for ${numRuns} cases each (seed ${seed}).`,
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
}
