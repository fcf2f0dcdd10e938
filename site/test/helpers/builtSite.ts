import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSite } from "./buildSite.ts";
import { sourceDigest } from "./sourceDigest.ts";
import { serveStatic, type StaticServer } from "@patient-ed/testing/static-server";

/**
 * One build of the site shared by every browser test file, and by later runs
 * while the sources stay the same. The site is built with SITE_URL set to the
 * origin it is served from, so canonical links, the sitemap and robots.txt
 * match what the browser (and Lighthouse) sees. A build lives in a folder
 * named after the source digest, records its port, and is only reused when
 * that same port can be bound again.
 */
const CACHE_DIR = join(tmpdir(), "patient-ed-browser-site");
const COMPLETE = "complete";
const STALE_AFTER_MS = 60 * 60 * 1000;

export interface ServedSite extends StaticServer {
  /** The built site's folder. */
  dist: string;
}

function completeBuilds(digest: string): { dir: string; port: number }[] {
  if (!existsSync(CACHE_DIR)) return [];
  return readdirSync(CACHE_DIR)
    .filter((name) => name.startsWith(`${digest}-`) && existsSync(join(CACHE_DIR, name, COMPLETE)))
    .map((name) => ({
      dir: join(CACHE_DIR, name),
      port: Number(readFileSync(join(CACHE_DIR, name, COMPLETE), "utf8")),
    }));
}

/** Old builds of other sources, and old unfinished ones; recent ones may belong to a run in progress elsewhere. */
function pruneStale(digest: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    const current = name.startsWith(`${digest}-`) && existsSync(join(path, COMPLETE));
    if (!current && Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

async function reuse(digest: string): Promise<ServedSite | null> {
  for (const build of completeBuilds(digest)) {
    const dist = join(build.dir, "dist");
    const server = await serveStatic(dist, { port: build.port }).catch(() => null);
    if (server) return { ...server, dist };
  }
  return null;
}

async function buildAndServe(digest: string): Promise<ServedSite> {
  mkdirSync(CACHE_DIR, { recursive: true });
  pruneStale(digest);
  const dir = mkdtempSync(join(CACHE_DIR, `${digest}-`));
  const dist = join(dir, "dist");
  // Serving (an empty folder) before building reserves the port, so the origin the site names stays ours.
  const served = await serveStatic(dist);
  const result = await buildSite(dist, { SITE_URL: `${served.origin}/` });
  if (!result.ok) {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`The site build for the browser tests failed:\n${result.output}`);
  }
  writeFileSync(join(dir, COMPLETE), String(served.port));
  return { ...served, dist };
}

/** Serves the shared build, building it first if the sources changed. Close it in afterAll. */
export async function serveBuiltSite(): Promise<ServedSite> {
  const digest = sourceDigest();
  return (await reuse(digest)) ?? buildAndServe(digest);
}

/** The shared build's folder, for tests that read files and need no server. */
export async function builtSiteDir(): Promise<string> {
  const digest = sourceDigest();
  const existing = completeBuilds(digest)[0];
  if (existing) return join(existing.dir, "dist");
  const served = await buildAndServe(digest);
  await served.close();
  return served.dist;
}
