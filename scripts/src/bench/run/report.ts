import type { AstroPhases } from "../measure/astroPhases.ts";
import type { MachineInfo } from "../measure/machine.ts";
import type { RoundsSummary } from "./rounds.ts";

/** One measured step. Fields that do not apply to a step are null, never zero. */
export interface Measurement {
  ok: boolean;
  wallMs: number;
  /** Pages the step produced or processed (built HTML pages, pages indexed, or pages the loaded content yields). */
  pages: number;
  pagesPerSecond: number;
  /** Peak of the summed VmRSS of the process and all its descendants, sampled every 100 ms. */
  peakRssBytes: number;
  outputBytes: number | null;
  medianArticlePageBytes: number | null;
  /** CPU seconds of the step's process tree. */
  cpuSeconds: number;
  /** CPU seconds other processes on the machine used during the step: high means the figures were disturbed. */
  otherCpuSeconds: number;
  /** Why the step failed, when it did: the end of its output. */
  failure?: string;
  phases?: AstroPhases;
  detail?: Record<string, number>;
}

export interface Target {
  name: string;
  limit: string;
  actual: string;
  met: boolean | null;
  /** How far over the limit, when missed ("+0.42×", "+1.9 s"). */
  missedBy?: string;
}

export interface BenchReport {
  version: 1;
  date: string;
  articles: number;
  seed: string;
  nodeOptions: string | null;
  machine: MachineInfo;
  /** generateMs is null when the runner was given an existing file. */
  dataset: { path: string; bytes: number; documents: number; generateMs: number | null };
  measurements: {
    floor: Measurement;
    build: Measurement;
    pagefind: Measurement;
    contentLoading: Measurement;
  };
  /** Every round's floor and build wall times and their ratio; the measurements above are the median round's. */
  rounds: RoundsSummary;
  /** Our build (Astro, without Pagefind) over the floor, and the whole pipeline (build + Pagefind) over the floor. */
  ratios: { buildToFloor: number | null; buildWithPagefindToFloor: number | null };
  targets: Target[];
}

export const MEASUREMENT_NAMES = ["floor", "build", "pagefind", "contentLoading"] as const;
