import { Worker } from "node:worker_threads";
import type { SiteIndex } from "./buildSiteIndex.ts";

export type { SiteIndex } from "./buildSiteIndex.ts";

type WorkerReply = { index: SiteIndex } | { error: { name: string; message: string; stack?: string } };

let pending: Promise<SiteIndex> | undefined;

/** Runs buildSiteIndex in a worker thread and gives back its index, or its error under the same name. */
function loadInWorker(cacheDir: URL): Promise<SiteIndex> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./siteIndexWorker.ts", import.meta.url), {
      workerData: { cacheDir: cacheDir.href },
    });
    let settled = false;
    worker.once("message", (reply: WorkerReply) => {
      settled = true;
      // Its heap (the whole dataset, as garbage) is given back now, not whenever the thread gets round to exiting.
      void worker.terminate();
      if ("index" in reply) return resolve(reply.index);
      const error = new Error(reply.error.message);
      error.name = reply.error.name;
      if (reply.error.stack) error.stack = reply.error.stack;
      reject(error);
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`Content loading stopped (worker exit code ${code}) before it finished.`));
    });
  });
}

/**
 * All collections come from one read of the content source per build: the
 * source is opened, validated and put through the review policy once,
 * whichever collection asks first, in a worker thread whose memory is
 * returned when it ends. Only the index is kept in the build's memory.
 */
export function siteContent(cacheDir: URL): Promise<SiteIndex> {
  pending ??= loadInWorker(cacheDir);
  return pending;
}
