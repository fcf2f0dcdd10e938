import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/**
 * A handle on V8's collector, so memory is compared after garbage is gone
 * rather than whenever V8 last felt like collecting. Uses `globalThis.gc`
 * when Node runs with --expose-gc; otherwise turns the flag on at run time
 * and takes `gc` from a fresh context (V8 adds it to contexts made after the
 * flag is set). Undefined if neither works: callers then measure without it.
 */
export function findGc(): (() => void) | undefined {
  const existing: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === "function") return existing as () => void;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  }
}

export interface MemorySample {
  rss: number;
  heapUsed: number;
  external: number;
  /** Whether a full collection ran before sampling. */
  collected: boolean;
}

/** Memory after (if possible) two full collections, with a turn of the event loop between them for finalizers. */
export async function settledMemory(gc: (() => void) | undefined = findGc()): Promise<MemorySample> {
  if (gc) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
    gc();
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, external: usage.external, collected: gc !== undefined };
}

export const MB = 1024 * 1024;
