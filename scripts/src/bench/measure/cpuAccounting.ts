import { readFileSync } from "node:fs";

/*
 * Other work on the machine skews a benchmark on 2 cores. These read how
 * much CPU the whole machine used, so a step can report how much of it was
 * not its own: a large figure means the step's time is not to be trusted.
 */

const TICKS_PER_SECOND = 100; // USER_HZ on Linux.

/** Busy CPU seconds of the whole machine since boot (all cores, idle and iowait excluded). */
export function machineBusySeconds(): number {
  try {
    const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
    return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds (user + system) a process has used so far, or undefined once it has gone. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // After the command: state is field 3, so utime and stime (fields 14 and 15) are at 11 and 12 here.
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
