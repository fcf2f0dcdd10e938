import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";

/*
 * Where content snapshots live: one file per build, under Astro's cache
 * folder, named after the build process that owns it. The build removes its
 * own when it is done (scripts/build.ts), so the cache CI keeps between runs
 * never carries the whole site's text; a file is new per build, so a page
 * never reads a position in a file another build has since rewritten.
 */

/** The folder under Astro's cache folder. */
export const SNAPSHOT_DIR = "content-snapshots";
/** Snapshots older than this belong to builds that ended without removing theirs. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

const prefixOf = (owner: number) => `content-snapshot-${owner}-`;

/** A new snapshot file for the build process `owner`; stale files of ended builds are removed on the way. */
export function newSnapshotFile(cacheDir: string, owner: number): string {
  const dir = join(cacheDir, SNAPSHOT_DIR);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (Date.now() - statSync(path).mtimeMs > STALE_AFTER_MS) rmSync(path, { force: true });
  }
  return join(dir, `${prefixOf(owner)}${Date.now()}.ndjson`);
}

/** Removes the snapshots of the build process `owner`, never those of a build that may still be rendering. */
export function removeSnapshotsOf(cacheDir: string, owner: number): void {
  const dir = join(cacheDir, SNAPSHOT_DIR);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (name.startsWith(prefixOf(owner))) rmSync(join(dir, name), { force: true });
}
