export interface SchedulerOptions {
  /** Quiet time after the last request before a build starts. */
  debounceMs: number;
  /** A steady stream of requests still gets a build this long after the first one waiting. */
  maxWaitMs: number;
  run: () => Promise<void>;
  onError?: (error: unknown) => void;
  now?: () => number;
}

export interface BuildScheduler {
  /** Asks for a build that includes everything published up to now. */
  request(): void;
  readonly running: boolean;
  /** A build is waiting for its quiet window or for the running one to end. */
  readonly queued: boolean;
  /** Resolves when nothing is running or waiting. */
  idle(): Promise<void>;
  /** Drops what is waiting and waits for the running build. */
  close(): Promise<void>;
}

/**
 * Debounced and single-flight, knowing nothing about builds: a burst of
 * requests becomes one run, and requests during a run become exactly one
 * follow-up run after it (a run reads content when it starts, so anything
 * published after that needs another).
 */
export function createScheduler(options: SchedulerOptions): BuildScheduler {
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstWaitingAt: number | undefined;
  let running: Promise<void> | undefined;
  let followUp = false;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  function arm(): void {
    const time = now();
    firstWaitingAt ??= time;
    const delay = Math.max(0, Math.min(options.debounceMs, firstWaitingAt + options.maxWaitMs - time));
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(start, delay);
  }

  function start(): void {
    timer = undefined;
    firstWaitingAt = undefined;
    running = options
      .run()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
        if (followUp && !closed) {
          followUp = false;
          arm();
        } else {
          notifyIdle();
        }
      });
  }

  function notifyIdle(): void {
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  return {
    request() {
      if (closed) return;
      if (running) followUp = true;
      else arm();
    },
    get running() {
      return running !== undefined;
    },
    get queued() {
      return timer !== undefined || followUp;
    },
    idle() {
      if (!running && timer === undefined && !followUp) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      followUp = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await running;
      notifyIdle();
    },
  };
}
