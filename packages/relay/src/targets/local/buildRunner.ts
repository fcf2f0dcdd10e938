import { spawn } from "node:child_process";
import type { BuildFailure } from "@patient-ed/content";
import type { Env } from "@patient-ed/env";
import { readBuildReport } from "./buildReport.ts";
import { createOutputTail } from "./outputTail.ts";

export interface BuildRunOptions {
  /** A shell command line, e.g. `pnpm --filter @patient-ed/site build`. */
  command: string;
  cwd: string;
  /** Where the build must write the finished site; passed as SITE_OUT_DIR. */
  outDir: string;
  env: Env;
  timeoutMs: number;
  secrets: readonly string[];
  /** Aborting (e.g. on shutdown) stops the build. */
  signal?: AbortSignal;
}

export interface BuildResult {
  ok: boolean;
  exitCode: number | null;
  signal: string | null;
  durationMs: number;
  /** Why it failed, in one sentence; undefined on success. */
  message?: string;
  /** Why the build refused to publish, as it reported it (document, field and rule; or the settings). */
  failure: BuildFailure | null;
  /** The last lines of output, ANSI-free and redacted. */
  outputTail: string[];
}

const KILL_GRACE_MS = 5000;

/** Runs one build to completion. Never rejects: every failure is a result. */
export function runBuild(options: BuildRunOptions): Promise<BuildResult> {
  const started = Date.now();
  const tail = createOutputTail({ secrets: options.secrets });

  // Beside the release folder, not in it: the report is never published.
  const reportFile = `${options.outDir}.report.json`;

  return new Promise((resolve) => {
    const child = spawn(options.command, {
      shell: true,
      cwd: options.cwd,
      env: { ...options.env, SITE_OUT_DIR: options.outDir, SITE_BUILD_REPORT: reportFile, FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so a timeout stops the shell and everything it started.
      detached: true,
    });
    let timedOut = false;
    let aborted = false;
    let settled = false;

    function killGroup(signal: NodeJS.Signals): void {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    }
    function stop(): void {
      killGroup("SIGTERM");
      setTimeout(() => killGroup("SIGKILL"), KILL_GRACE_MS).unref();
    }
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs);
    const onAbort = (): void => {
      aborted = true;
      stop();
    };
    options.signal?.addEventListener("abort", onAbort, { once: true });

    async function finish(exitCode: number | null, signal: string | null, spawnError?: Error): Promise<void> {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      tail.end();
      let message: string | undefined;
      if (spawnError) message = `build command could not start: ${spawnError.message}`;
      else if (timedOut) message = `build timed out after ${Math.round(options.timeoutMs / 1000)} s`;
      else if (aborted) message = "build stopped: the relay is shutting down";
      else if (exitCode !== 0) message = `build command failed (exit ${exitCode ?? signal})`;
      const failure = await readBuildReport(reportFile, options.secrets);
      resolve({
        ok: message === undefined,
        exitCode,
        signal,
        durationMs: Date.now() - started,
        message,
        failure: message === undefined ? null : failure,
        outputTail: tail.lines(),
      });
    }

    child.stdout.setEncoding("utf8").on("data", (chunk: string) => tail.push("stdout", chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => tail.push("stderr", chunk));
    child.once("error", (error) => void finish(null, null, error));
    child.once("close", (code, signal) => void finish(code, signal));
  });
}
