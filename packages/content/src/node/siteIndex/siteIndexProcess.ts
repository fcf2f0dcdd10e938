import { join } from "node:path";
import { buildFailureOf } from "../../errors/buildFailure.ts";
import { overdueSummary, parseReviewPolicy, unsignedSummary } from "../../review/reviewPolicy.ts";
import { signoffTrustFromEnv } from "../../signoff/trustedKeys.ts";
import { openSource, selectSource } from "../selectSource.ts";
import type { SyncResult } from "../syncMirror.ts";
import type { SiteIndexReply } from "./loadSiteIndex.ts";
import { buildSiteIndex } from "./siteIndex.ts";
import { newStoreDir } from "./storeFolders.ts";

/*
 * Content loading in a process of its own (started by loadSiteIndex): the
 * raw dataset, the query results and their validation live and die in this
 * process, so all of that memory is returned to the system when it exits,
 * and the build's own heap only ever holds the index it is sent.
 */
function send(reply: SiteIndexReply): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error("siteIndexProcess.ts must be started by loadSiteIndex"));
    process.send(reply, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

function describeSync(result: SyncResult): string {
  if (result.kind === "incremental")
    return `Content Lake: incremental sync fetched ${result.fetched} changed document(s) and removed ${result.removed}.`;
  const why = result.repaired ? ` (the mirror was rebuilt: ${result.repaired})` : "";
  return `Content Lake: full sync fetched ${result.fetched} documents${why}.`;
}

const cacheDir = process.argv[2];
try {
  if (!cacheDir) throw new Error("Usage: siteIndexProcess.ts CACHE_DIR");
  const policy = parseReviewPolicy(process.env);
  let cursor: string | null = null;
  // The Content Lake mirror lives beside Astro's own data store, in the cache CI keeps between builds.
  const selection = selectSource(process.env);
  const trust = signoffTrustFromEnv(process.env, selection.kind);
  console.warn(trust.description);
  // Owned by the build that forked this process (process.ppid), which removes it when it is done.
  const storeDir = newStoreDir(cacheDir, process.ppid);
  const source = await openSource(selection, {
    mirrorDir: cacheDir,
    // An export archive's images are unpacked beside the store, and go when it does.
    imagesDir: join(storeDir, "images"),
    onSync: (result) => {
      cursor = result.state.cursor;
      console.warn(describeSync(result));
    },
  });
  const index = await buildSiteIndex(source, { policy, storeDir, env: process.env, cursor, signoffKeys: trust.keys });
  // The build log is where an operator looks: say what is overdue or unsigned and what happened to it.
  console.warn(overdueSummary(index, policy));
  console.warn(unsignedSummary(index, policy));
  await send({ index });
} catch (error) {
  await send({ failure: buildFailureOf(error) });
}
// Exit now, not when the event loop drains: a connection the Content Lake never answered could keep this process,
// and the build's output pipes it shares, open for good.
process.exit(0);
