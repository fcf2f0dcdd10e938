import { parentPort, workerData } from "node:worker_threads";
import { buildSiteIndex } from "./buildSiteIndex.ts";

/*
 * Content loading in a thread of its own: the raw dataset, the query results
 * and their validation live and die in this thread's heap, so the build's own
 * heap only ever holds the index it is sent.
 */
const { cacheDir } = workerData as { cacheDir: string };
try {
  parentPort?.postMessage({ index: await buildSiteIndex(new URL(cacheDir)) });
} catch (error) {
  // An Error's class does not survive the thread boundary: send what the build log needs to name it.
  const failure = error instanceof Error ? error : new Error(String(error));
  parentPort?.postMessage({ error: { name: failure.name, message: failure.message, stack: failure.stack } });
}
