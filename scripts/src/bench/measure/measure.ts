import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { machineBusySeconds } from "./cpuAccounting.ts";
import { sampleTreeMemory } from "./processTree.ts";

export interface CommandRun {
  ok: boolean;
  exitCode: number | null;
  signal: string | null;
  wallMs: number;
  peakRssBytes: number;
  /** CPU seconds the step's process tree used. */
  cpuSeconds: number;
  /**
   * CPU seconds the rest of the machine used meanwhile (other people's
   * builds and tests, not this runner): a large figure means the step
   * competed for the 2 cores and its time reads high.
   */
  otherCpuSeconds: number;
  /** The last few kilobytes of output, for the report when a step fails. */
  outputTail: string;
  stdout: string;
}

export interface CommandSpec {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string | undefined>;
  /** Full stdout and stderr go here, so a failed 100k run can be read afterwards. */
  logFile: string;
}

const TAIL_BYTES = 8192;

/**
 * Runs one command as a child process and measures it from the outside:
 * wall time from spawn to exit, and the peak resident memory of its whole
 * process tree (Astro, esbuild, Pagefind and whatever else it starts).
 */
export async function measureCommand(spec: CommandSpec): Promise<CommandRun> {
  await mkdir(dirname(spec.logFile), { recursive: true });
  const log = createWriteStream(spec.logFile);
  log.write(`$ ${spec.command} ${spec.args.join(" ")}\n  (in ${spec.cwd})\n`);
  const started = performance.now();
  const busyBefore = machineBusySeconds();
  const ownBefore = process.cpuUsage();
  const child = spawn(spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const sampler = sampleTreeMemory(child.pid ?? -1);
  let tail = "";
  let stdout = "";
  const keep = (chunk: Buffer, isStdout: boolean) => {
    log.write(chunk);
    tail = (tail + chunk.toString("utf8")).slice(-TAIL_BYTES);
    // stdout is kept whole only while small: the steps that report figures print one line.
    if (isStdout && stdout.length < 1_000_000) stdout += chunk.toString("utf8");
  };
  child.stdout.on("data", (chunk: Buffer) => keep(chunk, true));
  child.stderr.on("data", (chunk: Buffer) => keep(chunk, false));
  const [exitCode, signal] = await new Promise<[number | null, string | null]>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, sig) => resolve([code, sig]));
  });
  const wallMs = performance.now() - started;
  const peakRssBytes = sampler.stop();
  const cpuSeconds = sampler.treeCpuSeconds();
  const own = process.cpuUsage(ownBefore);
  const ownSeconds = (own.user + own.system) / 1e6;
  const otherCpuSeconds = Math.max(0, machineBusySeconds() - busyBefore - cpuSeconds - ownSeconds);
  // The memory timeline goes to the log, not the report: it is for finding which phase peaks.
  const timeline = sampler.timeline().map(([time, bytes]) => `${time} ${Math.round(bytes / 1_048_576)} MiB`);
  log.write(`\n[tree RSS per second]\n${timeline.join("\n")}\n`);
  log.end(
    `\n[exit ${exitCode ?? signal}] ${Math.round(wallMs)} ms, peak tree RSS ${peakRssBytes} bytes, ` +
      `CPU ${cpuSeconds.toFixed(1)} s, other processes' CPU ${otherCpuSeconds.toFixed(1)} s\n`,
  );
  return {
    ok: exitCode === 0,
    exitCode,
    signal,
    wallMs,
    peakRssBytes,
    cpuSeconds,
    otherCpuSeconds,
    outputTail: tail,
    stdout,
  };
}
