import type { Measurement } from "./report.ts";

/*
 * This machine is a shared 2-core VM: the same floor build measured 18 to
 * 33 s within half an hour with nothing else running. So the floor and our
 * build are measured in alternating pairs, and the ratio is taken within
 * each pair, where both saw the same conditions; the report keeps the
 * median pair and every pair's figures.
 */

export interface Pair {
  floor: Measurement;
  build: Measurement;
}

export interface RoundsSummary {
  floorWallMs: number[];
  buildWallMs: number[];
  ratios: number[];
}

function pairRatio(pair: Pair): number | null {
  return pair.floor.ok && pair.build.ok && pair.floor.wallMs > 0 ? pair.build.wallMs / pair.floor.wallMs : null;
}

/** The pair whose ratio is the median (the lower middle one for an even count), and every pair's figures. */
export function medianPair(pairs: readonly Pair[]): { pair: Pair; summary: RoundsSummary } {
  const first = pairs[0];
  if (!first) throw new Error("No rounds were measured");
  const rated = pairs.map((pair) => ({ pair, ratio: pairRatio(pair) }));
  const valid = rated.filter((entry): entry is { pair: Pair; ratio: number } => entry.ratio !== null);
  const sorted = [...valid].sort((a, b) => a.ratio - b.ratio);
  const middle = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    // Without a valid pair (a step failed), the last round shows the failure.
    pair: middle?.pair ?? pairs.at(-1) ?? first,
    summary: {
      floorWallMs: pairs.map((pair) => pair.floor.wallMs),
      buildWallMs: pairs.map((pair) => pair.build.wallMs),
      ratios: valid.map((entry) => Math.round(entry.ratio * 100) / 100),
    },
  };
}
