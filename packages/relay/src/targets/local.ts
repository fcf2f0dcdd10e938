import { basename } from "node:path";
import type { BuildFailureKind, ContentIssue } from "@patient-ed/content";
import type { ConfigProblem, Env } from "@patient-ed/env";
import { silentLogger, type Logger } from "../logger.ts";
import type { PublishEvent } from "../publishEvent.ts";
import { runBuild, type BuildResult } from "./local/buildRunner.ts";
import {
  activateRelease,
  assertServeDirManageable,
  currentRelease,
  hasFiles,
  newReleaseId,
  prepareRelease,
  pruneReleases,
  removeRelease,
} from "./local/releases.ts";
import { createScheduler } from "./local/scheduler.ts";
import type { Target } from "./target.ts";

export interface LocalTargetOptions {
  serveDir: string;
  releasesDir: string;
  buildCommand: string;
  buildCwd: string;
  debounceMs: number;
  /** Default: five quiet windows, at least 10 s. */
  maxWaitMs?: number;
  buildTimeoutMs: number;
  /** The build's environment (SITE_OUT_DIR is added, and SITE_LIVE_DIR, the release being served, unless it sets one). */
  env: Env;
  secrets: readonly string[];
  logger?: Logger;
  now?: () => number;
  /**
   * Build as soon as the target starts, without waiting for a publish: a new
   * relay then serves a site before the first webhook arrives, and one that
   * was down catches up with what was published meanwhile.
   */
  buildOnStart?: boolean;
}

export type BuildState = "never" | "running" | "success" | "failed";

export interface BuildError {
  message: string;
  exitCode: number | null;
  /** What kind of failure the build reported (content, review policy, settings...), when it reported one. */
  kind: BuildFailureKind | null;
  /** Each document and field to fix, and the rule it broke, as the build reported them. */
  issues: ContentIssue[];
  /** Each environment variable to fix, as the build reported them. */
  settings: ConfigProblem[];
  /** What else the build said to do, e.g. the pages a build would have removed and how to confirm it. */
  details: string[];
  outputTail: string[];
}

export interface LocalStatus {
  target: "local";
  /** The latest build: running, or how the last one ended. */
  result: BuildState;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  /** Builds started since the relay started. */
  builds: number;
  /** Set when result is "failed". */
  error: BuildError | null;
  /** The release folder being served. */
  servedRelease: string | null;
  lastSuccessAt: string | null;
  /** Another build is waiting (quiet window, or publishes arrived during this build). */
  queued: boolean;
}

export interface LocalTarget extends Target {
  status(): LocalStatus;
  /** Resolves when no build is running or waiting. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Builds the site on this machine into a fresh release folder and swaps the
 * served symlink to it on success. A failed build leaves the last good site
 * in place. Scheduling, running and swapping live in ./local/.
 */
export async function createLocalTarget(options: LocalTargetOptions): Promise<LocalTarget> {
  await assertServeDirManageable(options.serveDir);
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const shutdown = new AbortController();
  const served = await currentRelease(options.serveDir);
  const state: Omit<LocalStatus, "queued"> = {
    target: "local",
    result: "never",
    startedAt: null,
    finishedAt: null,
    durationMs: null,
    builds: 0,
    error: null,
    servedRelease: served ? basename(served) : null,
    lastSuccessAt: null,
  };
  let sequence = 0;

  async function buildOnce(): Promise<void> {
    const started = now();
    const id = newReleaseId(new Date(started), ++sequence);
    state.result = "running";
    state.startedAt = new Date(started).toISOString();
    state.finishedAt = null;
    state.durationMs = null;
    state.error = null;
    state.builds++;
    logger.info("build started", { release: id, build: state.builds });

    let releaseDir: string | undefined;
    let outcome: BuildResult;
    try {
      releaseDir = await prepareRelease(options.releasesDir, id);
      const liveRelease = await currentRelease(options.serveDir);
      outcome = await runBuild({
        command: options.buildCommand,
        cwd: options.buildCwd,
        outDir: releaseDir,
        // Each release is built into a new folder: the build compares its pages with the release being served
        // (its mass-removal guard), never with the empty folder it writes into.
        env: { ...(liveRelease && { SITE_LIVE_DIR: liveRelease }), ...options.env },
        timeoutMs: options.buildTimeoutMs,
        secrets: options.secrets,
        signal: shutdown.signal,
      });
      if (outcome.ok && !(await hasFiles(releaseDir))) {
        outcome = { ...outcome, ok: false, message: "build exited 0 but wrote nothing to SITE_OUT_DIR" };
      }
      if (outcome.ok) {
        const previous = await currentRelease(options.serveDir);
        await activateRelease(options.serveDir, releaseDir);
        const removed = await pruneReleases(options.releasesDir, [releaseDir, previous]);
        if (removed.length > 0) logger.debug("old releases removed", { removed });
      }
    } catch (error) {
      outcome = {
        ok: false,
        exitCode: null,
        signal: null,
        durationMs: now() - started,
        message: `could not prepare or activate the release: ${error instanceof Error ? error.message : String(error)}`,
        failure: null,
        outputTail: [],
      };
    }

    const finished = now();
    state.finishedAt = new Date(finished).toISOString();
    state.durationMs = finished - started;
    if (outcome.ok) {
      state.result = "success";
      state.servedRelease = id;
      state.lastSuccessAt = state.finishedAt;
      logger.info("build succeeded", { release: id, durationMs: state.durationMs });
      return;
    }
    if (releaseDir) await removeRelease(releaseDir).catch(() => undefined);
    const message = outcome.message ?? "build failed";
    state.result = "failed";
    state.error = {
      message,
      exitCode: outcome.exitCode,
      kind: outcome.failure?.kind ?? null,
      issues: outcome.failure?.issues ?? [],
      settings: outcome.failure?.settings ?? [],
      details: outcome.failure?.details ?? [],
      outputTail: outcome.outputTail,
    };
    logger.error("build failed; the previous site is still served", {
      release: id,
      message,
      kind: state.error.kind,
      issues: state.error.issues,
      settings: state.error.settings,
      details: state.error.details,
      outputTail: outcome.outputTail,
    });
  }

  const scheduler = createScheduler({
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs ?? Math.max(options.debounceMs * 5, 10_000),
    run: buildOnce,
    onError: (error) => logger.error("build crashed", { error }),
    now,
  });

  if (options.buildOnStart) {
    logger.info("building once at start", { servedRelease: state.servedRelease });
    scheduler.request();
  }

  return {
    name: "local",
    async trigger(_event: PublishEvent) {
      scheduler.request();
    },
    status: () => ({ ...state, queued: scheduler.queued }),
    idle: () => scheduler.idle(),
    async close() {
      shutdown.abort();
      await scheduler.close();
    },
  };
}
