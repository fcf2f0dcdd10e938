import { readFile, writeFile } from "node:fs/promises";
import type { BenchReport, Measurement } from "./report.ts";

/*
 * BENCHMARKS.md keeps one generated section per article count, between
 * markers, so a new run replaces its own N and leaves the others and any
 * hand-written text outside the markers alone.
 */

const start = (articles: number) => `<!-- bench:${articles}:start -->`;
const end = (articles: number) => `<!-- bench:${articles}:end -->`;

const mib = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1_048_576).toFixed(1)} MiB`);
const kib = (bytes: number | null) => (bytes === null ? "–" : `${(bytes / 1024).toFixed(1)} KiB`);
const secs = (ms: number | null | undefined) => (ms === null || ms === undefined ? "–" : `${(ms / 1000).toFixed(1)} s`);

function row(label: string, step: Measurement): string {
  const status = step.ok ? "" : " **(failed)**";
  return `| ${label}${status} | ${secs(step.wallMs)} | ${step.pages.toLocaleString("en-GB")} | ${step.pagesPerSecond.toFixed(0)} | ${mib(step.peakRssBytes)} | ${mib(step.outputBytes)} | ${kib(step.medianArticlePageBytes)} | ${step.cpuSeconds.toFixed(0)} s / ${step.otherCpuSeconds.toFixed(0)} s |`;
}

/** The line that says what went wrong (an error's message, not the source line that threw it), without the stack. */
function firstError(output: string): string {
  const lines = output.split("\n").map((line) => line.trim());
  const error =
    lines.find((line) => /^[A-Za-z]*Error(\s\[\w+\])?: /.test(line)) ??
    lines.find((line) => /FATAL ERROR|heap out of memory|^skipped:/.test(line));
  return (error ?? lines.filter(Boolean).at(-1) ?? "unknown").replace(/`/g, "'").slice(0, 300);
}

export function renderSection(report: BenchReport): string {
  const { floor, build, pagefind, contentLoading } = report.measurements;
  const m = report.machine;
  const ratio = (value: number | null) => (value === null ? "–" : `${value.toFixed(2)}×`);
  const lines = [
    start(report.articles),
    `## ${report.articles.toLocaleString("en-GB")} articles`,
    "",
    `Measured ${report.date} on ${m.nproc} cores (${m.cpuModel}), ${(m.ramBytes / 2 ** 30).toFixed(1)} GiB RAM, Node ${m.node}` +
      `${report.nodeOptions ? `, NODE_OPTIONS=${report.nodeOptions}` : ""}. Dataset: seed ${report.seed}, ` +
      `${report.dataset.documents.toLocaleString("en-GB")} documents, ${mib(report.dataset.bytes)}, ${report.dataset.generateMs === null ? "an existing file (--dataset)" : `generated in ${secs(report.dataset.generateMs)}`}.`,
    "",
    "| Step | Wall time | Pages | Pages/s | Peak RSS (tree) | Output | Median article page (HTML) | CPU: step / other processes |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    row("Floor (bare Astro, same text and pages)", floor),
    row("Our build (Astro, without Pagefind)", build),
    row("Pagefind indexing", pagefind),
    row("Content loading alone", contentLoading),
    "",
    `Our build ÷ floor: **${ratio(report.ratios.buildToFloor)}**; with Pagefind (the whole \`pnpm build\`): ${ratio(report.ratios.buildWithPagefindToFloor)}.` +
      " The last column is the CPU time of the step's processes and of everything else on the machine meanwhile: a large second figure means the step shared the 2 cores and its wall time reads high.",
  ];
  if (report.rounds.ratios.length > 1) {
    const all = (values: number[]) => values.map((ms) => (ms / 1000).toFixed(1)).join(", ");
    lines.push(
      `Measured in ${report.rounds.ratios.length} alternating rounds; the table shows the median round. ` +
        `Floor ${all(report.rounds.floorWallMs)} s; our build ${all(report.rounds.buildWallMs)} s; ratios ${report.rounds.ratios.join(", ")}.`,
    );
  }
  if (build.phases) {
    lines.push(
      `Inside our build (Astro's own log): content sync and types ${secs(build.phases.syncMs)}, bundling ${secs(build.phases.bundleMs)}, rendering pages ${secs(build.phases.renderMs)}.`,
    );
  }
  if (contentLoading.detail) {
    const d = contentLoading.detail;
    lines.push(
      `Content loading in-process: ${secs(d.totalMs)} (reading and parsing the file ${secs(d.readMs)}, GROQ and validation ${secs(d.queryAndValidateMs)}); the wall time adds Node start-up.`,
    );
  }
  lines.push("", "| Target | Limit | Measured | Met |", "| --- | --- | --- | --- |");
  for (const t of report.targets) {
    const met = t.met === null ? "not measured" : t.met ? "yes" : `**no**, ${t.missedBy ?? ""}`;
    lines.push(`| ${t.name} | ${t.limit} | ${t.actual} | ${met} |`);
  }
  for (const [name, step] of Object.entries(report.measurements)) {
    if (!step.ok && step.failure) lines.push("", `${name} failed: \`${firstError(step.failure)}\``);
  }
  lines.push(end(report.articles));
  return lines.join("\n");
}

const HEADER = `# Benchmarks

Build performance of the patient site, measured by \`pnpm bench --articles N\` (scripts/src/bench/run/run.ts) on a
generated dataset (\`pnpm bench:data\`). Each section below is written by the runner for one article count; a
new run replaces the section for its own count. Text outside the generated sections is written by hand.
`;

/** Replaces (or adds) the section for this N, keeping the sections in order of N. */
export async function updateBenchmarksMarkdown(path: string, report: BenchReport): Promise<void> {
  const existing = await readFile(path, "utf8").catch(() => HEADER);
  const section = renderSection(report);
  const pattern = new RegExp(`${start(report.articles)}[\\s\\S]*?${end(report.articles)}`);
  if (pattern.test(existing)) {
    await writeFile(
      path,
      existing.replace(pattern, () => section),
    );
    return;
  }
  const later = [...existing.matchAll(/<!-- bench:(\d+):start -->/g)].find(
    (match) => Number(match[1]) > report.articles,
  );
  const updated =
    later?.index !== undefined
      ? `${existing.slice(0, later.index)}${section}\n\n${existing.slice(later.index)}`
      : `${existing.trimEnd()}\n\n${section}\n`;
  await writeFile(path, updated);
}
