import { describe, expect, it } from "vitest";
import { createScheduler } from "../src/targets/local/scheduler.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A run that takes `ms` and counts how often it ran and how many ran at once. */
function countingRun(ms: number) {
  const stats = { runs: 0, concurrent: 0, maxConcurrent: 0 };
  const run = async () => {
    stats.runs++;
    stats.concurrent++;
    stats.maxConcurrent = Math.max(stats.maxConcurrent, stats.concurrent);
    await sleep(ms);
    stats.concurrent--;
  };
  return { stats, run };
}

describe("build scheduler", () => {
  it("turns a burst of requests into one run after the quiet window", async () => {
    const { stats, run } = countingRun(10);
    const scheduler = createScheduler({ debounceMs: 50, maxWaitMs: 5000, run });
    for (let index = 0; index < 20; index++) {
      scheduler.request();
      await sleep(5);
    }
    expect(stats.runs).toBe(0);
    await scheduler.idle();
    expect(stats.runs).toBe(1);
  });

  it("runs exactly one follow-up for requests that arrive during a run, never two at once", async () => {
    const { stats, run } = countingRun(150);
    const scheduler = createScheduler({ debounceMs: 20, maxWaitMs: 5000, run });
    scheduler.request();
    await sleep(60);
    expect(scheduler.running).toBe(true);
    for (let index = 0; index < 10; index++) scheduler.request();
    expect(scheduler.queued).toBe(true);
    await scheduler.idle();
    expect(stats.runs).toBe(2);
    expect(stats.maxConcurrent).toBe(1);
  });

  it("starts a run by maxWaitMs even while requests keep coming", async () => {
    const { stats, run } = countingRun(5);
    const scheduler = createScheduler({ debounceMs: 50, maxWaitMs: 120, run });
    const started = Date.now();
    while (Date.now() - started < 300) {
      scheduler.request();
      await sleep(10);
    }
    await scheduler.idle();
    expect(stats.runs).toBeGreaterThanOrEqual(2);
  });

  it("keeps scheduling after a run throws", async () => {
    let calls = 0;
    const errors: unknown[] = [];
    const scheduler = createScheduler({
      debounceMs: 5,
      maxWaitMs: 1000,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error("boom");
      },
      onError: (error) => errors.push(error),
    });
    scheduler.request();
    await scheduler.idle();
    scheduler.request();
    await scheduler.idle();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(1);
  });

  it("drops waiting requests on close", async () => {
    const { stats, run } = countingRun(5);
    const scheduler = createScheduler({ debounceMs: 30, maxWaitMs: 1000, run });
    scheduler.request();
    await scheduler.close();
    scheduler.request();
    await sleep(60);
    expect(stats.runs).toBe(0);
  });
});
