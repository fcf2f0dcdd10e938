import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { isRunning } from "../isRunning.ts";

/*
 * Where site index stores live: one folder per build under Astro's cache
 * folder, named after the build process that owns it. The build removes its
 * own when it is done, so the cache CI keeps between runs never carries the
 * site's text; a folder is new per build, so a page never reads a store
 * another build has since rewritten.
 */
const STORES = "content-stores";
/** Stores older than this are stale even if a process with the owner's pid runs (pids are reused). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const prefixOf = (owner: number) => `store-${owner}-`;
const ownerOf = (name: string) => Number(/^store-(\d+)-/.exec(name)?.[1]);

/**
 * A new store folder for the build process `owner`. Stores of builds that
 * ended without removing theirs (killed, out of memory) are removed on the way.
 */
export function newStoreDir(cacheDir: string, owner: number): string {
  const dir = join(cacheDir, STORES);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const ended = !isRunning(ownerOf(name)) || Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS;
    if (ended && ownerOf(name) !== owner) rmSync(path, { recursive: true, force: true });
  }
  return join(dir, `${prefixOf(owner)}${Date.now()}`);
}

/** Removes the stores of the build process `owner`, never those of a build that may still be rendering. */
export function removeStoresOf(cacheDir: string, owner: number): void {
  const dir = join(cacheDir, STORES);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names)
    if (name.startsWith(prefixOf(owner))) rmSync(join(dir, name), { recursive: true, force: true });
}
