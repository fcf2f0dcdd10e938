import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SiteIndex, SiteIndexReply } from "./buildSiteIndex.ts";

export type { SiteIndex } from "./buildSiteIndex.ts";

let pending: Promise<SiteIndex> | undefined;

/** Runs buildSiteIndex in a child process and gives back its index, or its error under the same name. */
function loadInChildProcess(cacheDir: URL): Promise<SiteIndex> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL("./siteIndexProcess.ts", import.meta.url)), [cacheDir.href], {
      // Structured clone, not JSON, across the pipe: the index arrives as it was built.
      serialization: "advanced",
      stdio: "inherit",
    });
    let settled = false;
    child.once("message", (reply: SiteIndexReply) => {
      settled = true;
      // Nothing more will be sent; the child exits by itself once it has replied (siteIndexProcess.ts).
      child.disconnect();
      if ("index" in reply) return resolve(reply.index);
      const error = new Error(reply.error.message);
      error.name = reply.error.name;
      if (reply.error.stack) error.stack = reply.error.stack;
      reject(error);
    });
    child.once("error", (error) => {
      settled = true;
      reject(error);
    });
    child.once("exit", (code, signal) => {
      if (!settled)
        reject(new Error(`Content loading stopped (exit code ${code}, signal ${signal}) before it finished.`));
    });
  });
}

/**
 * All collections come from one read of the content source per build: the
 * source is opened, validated and put through the review policy once,
 * whichever collection asks first, in a child process whose memory is
 * returned to the system when it exits. Only the index is kept in the
 * build's memory.
 */
export function siteContent(cacheDir: URL): Promise<SiteIndex> {
  pending ??= loadInChildProcess(cacheDir);
  return pending;
}
