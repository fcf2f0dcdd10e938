import { buildSiteIndex, type SiteIndexReply } from "./buildSiteIndex.ts";

/*
 * Content loading in a process of its own (started by siteContent.ts): the
 * raw dataset, the query results and their validation live and die in this
 * process, so all of that memory is returned to the system when it exits,
 * and the build's own heap only ever holds the index it is sent.
 */
function send(reply: SiteIndexReply): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error("siteIndexProcess.ts must be started by siteContent.ts"));
    process.send(reply, (error: Error | null) => (error ? reject(error) : resolve()));
  });
}

const cacheDir = process.argv[2];
try {
  if (!cacheDir) throw new Error("Usage: siteIndexProcess.ts CACHE_DIR_URL");
  await send({ index: await buildSiteIndex(new URL(cacheDir)) });
} catch (error) {
  // An Error's class does not survive the process boundary: send what the build log needs to name it.
  const failure = error instanceof Error ? error : new Error(String(error));
  await send({ error: { name: failure.name, message: failure.message, stack: failure.stack } });
}
// Exit now, not when the event loop drains: a connection the Content Lake never answered could keep this process,
// and the build's output pipes it shares, open for good.
process.exit(0);
