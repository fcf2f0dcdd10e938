import type fc from "fast-check";

/** How many cases a property runs, and how to replay one. */
export interface RunOptions {
  numRuns: number;
  /** Replays a run; fast-check prints the seed (and path) of any failure. */
  seed?: number;
  /** Replays one counterexample directly, from a failure report. */
  path?: string;
}

export function runParameters(options: RunOptions): fc.Parameters<unknown> {
  return {
    numRuns: options.numRuns,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.path === undefined ? {} : { path: options.path }),
  };
}

/**
 * A property's run in the test suite: `cases` by default, or what `pnpm fuzz`
 * asks for through FUZZ_RUNS, FUZZ_SEED and FUZZ_PATH.
 */
export function runOptions(cases: number, env: Readonly<Record<string, string | undefined>> = process.env): RunOptions {
  const runs = Number(env.FUZZ_RUNS);
  const seed = env.FUZZ_SEED === undefined ? undefined : Number(env.FUZZ_SEED);
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : cases,
    ...(seed !== undefined && Number.isInteger(seed) && { seed }),
    ...(env.FUZZ_PATH && { path: env.FUZZ_PATH }),
  };
}
