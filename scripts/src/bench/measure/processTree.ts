import { readdirSync, readFileSync } from "node:fs";
import { processCpuSeconds } from "./cpuAccounting.ts";

/** Parent pid from /proc/<pid>/stat; the command name may hold spaces and parentheses, so parse after the last ")". */
function parentOf(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

function residentBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The pid and every descendant of it now alive. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(name);
    if (parent === undefined) continue;
    const siblings = children.get(parent) ?? [];
    siblings.push(Number(name));
    children.set(parent, siblings);
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index] ?? -1) ?? []));
  return tree;
}

export interface MemorySampler {
  stop(): number;
  /** CPU seconds used by the tree, summed over each process's last reading (up to one interval short). */
  treeCpuSeconds(): number;
  /** Peak per second as [wall-clock time "HH:MM:SS", bytes], to line up with a build's own timestamped log. */
  timeline(): [string, number][];
}

/**
 * Samples a tree's resident memory every `intervalMs` and keeps the peak.
 * Summing VmRSS counts pages shared between processes once per process, so
 * the figure errs high, never low.
 */
export function sampleTreeMemory(root: number, intervalMs = 100): MemorySampler {
  let peak = 0;
  const perSecond = new Map<string, number>();
  const cpuByPid = new Map<number, number>();
  const sample = () => {
    const tree = processTree(root);
    for (const pid of tree) {
      const cpu = processCpuSeconds(pid);
      if (cpu !== undefined) cpuByPid.set(pid, cpu);
    }
    const bytes = tree.reduce((total, pid) => total + residentBytes(pid), 0);
    peak = Math.max(peak, bytes);
    const second = new Date().toISOString().slice(11, 19);
    perSecond.set(second, Math.max(perSecond.get(second) ?? 0, bytes));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
    timeline: () => [...perSecond],
    treeCpuSeconds: () => [...cpuByPid.values()].reduce((total, cpu) => total + cpu, 0),
  };
}
