import type { BenchReport, Measurement, Target } from "./report.ts";

/** Issue 7's targets. 1.5 GB is read as 1.5 × 10⁹ bytes, the stricter reading. */
export const LIMITS = {
  buildToFloor: 1.3,
  peakRssBytes: 1.5e9,
  contentLoadingMs: 3000,
  pagefindMs: 15_000,
};

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gigabytes = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;

function target(
  name: string,
  limit: string,
  actual: number | null,
  max: number,
  show: (value: number) => string,
): Target {
  if (actual === null) return { name, limit, actual: "not measured (the step failed)", met: null };
  const met = actual <= max;
  const over = actual - max;
  return {
    name,
    limit,
    actual: show(actual),
    met,
    ...(met ? {} : { missedBy: `+${show(over)} (${Math.round((over / max) * 100)}% over)` }),
  };
}

const okValue = (step: Measurement, value: number) => (step.ok ? value : null);

export function evaluateTargets(report: Omit<BenchReport, "targets">): Target[] {
  const { build, pagefind, contentLoading } = report.measurements;
  const loadMs = contentLoading.detail?.totalMs ?? contentLoading.wallMs;
  return [
    target(
      "Our build ÷ floor",
      `≤ ${LIMITS.buildToFloor}×`,
      report.ratios.buildToFloor,
      LIMITS.buildToFloor,
      (v) => `${v.toFixed(2)}×`,
    ),
    target("Peak memory of our build", "≤ 1.5 GB", okValue(build, build.peakRssBytes), LIMITS.peakRssBytes, gigabytes),
    target("Content loading", "≤ 3 s", okValue(contentLoading, loadMs), LIMITS.contentLoadingMs, seconds),
    target("Pagefind indexing", "≤ 15 s", okValue(pagefind, pagefind.wallMs), LIMITS.pagefindMs, seconds),
  ];
}
