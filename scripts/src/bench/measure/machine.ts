import { readFileSync } from "node:fs";
import { availableParallelism, totalmem } from "node:os";

export interface MachineInfo {
  nproc: number;
  cpuModel: string;
  ramBytes: number;
  node: string;
}

/** What the figures were measured on: they mean little without it. */
export function machineInfo(): MachineInfo {
  let cpuModel = "unknown";
  try {
    cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpuModel;
  } catch {
    // Not Linux: the model stays unknown.
  }
  return { nproc: availableParallelism(), cpuModel, ramBytes: totalmem(), node: process.version };
}
