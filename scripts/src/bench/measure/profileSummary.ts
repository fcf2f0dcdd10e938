// Summarises a V8 .cpuprofile (from node --cpu-prof): where the time went,
// by function and by package, self time only. Used to find out, not guess,
// what a slow build spends its time on.
// Usage: node scripts/src/bench/measure/profileSummary.ts FILE.cpuprofile [TOP] [FROM_S] [TO_S]
//   FROM_S and TO_S limit the summary to a window of the run (seconds from its start),
//   to look at one phase of a build.
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, fromArg, toArg] = process.argv.slice(2);
if (!file) throw new Error("Usage: profileSummary.ts FILE.cpuprofile [TOP]");
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
const from = Number(fromArg ?? 0) * 1000;
const to = toArg === undefined ? Infinity : Number(toArg) * 1000;
let elapsedMs = 0;
profile.samples.forEach((id, index) => {
  const delta = (profile.timeDeltas[index] ?? 0) / 1000;
  elapsedMs += delta;
  if (elapsedMs >= from && elapsedMs < to) selfMs.set(id, (selfMs.get(id) ?? 0) + delta);
});

/** node_modules/.pnpm/<name>@<version>/node_modules/<name>/... → <name>; our own files by folder. */
function packageOf(url: string): string {
  const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) return match[1];
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return "node core";
  return url
    .replace(/^file:\/\/\/work\/main\//, "")
    .split("/")
    .slice(0, 3)
    .join("/");
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
let total = 0;
for (const [id, ms] of selfMs) {
  const node = byId.get(id);
  if (!node) continue;
  total += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
  byFunction.set(where, (byFunction.get(where) ?? 0) + ms);
  byPackage.set(packageOf(url), (byPackage.get(packageOf(url)) ?? 0) + ms);
}

const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(ms / 1000).toFixed(1).padStart(8)} s ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
  }
};
console.log(`Total sampled: ${(total / 1000).toFixed(1)} s`);
print("By package (self time)", byPackage);
print("By function (self time)", byFunction);
