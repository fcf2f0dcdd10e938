import { lstat, mkdir, readdir, readlink, rename, rm, symlink, unlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

/**
 * Only entries named like this are ever deleted, in case RELAY_RELEASES_DIR
 * holds anything else. The suffix covers what a build leaves beside its
 * SITE_OUT_DIR if it dies mid-way (the site build stages in `<out>.staging`).
 */
const RELEASE_NAME = /^release-\d{8}T\d{9}Z-\d+(?:\.[\w-]+)?$/;

/** Sortable and unique within this process: `release-20250102T030405678Z-7`. */
export function newReleaseId(time: Date, sequence: number): string {
  return `release-${time.toISOString().replace(/[-:.]/g, "")}-${sequence}`;
}

/** Creates the empty folder a build writes into. It is not served until activated. */
export async function prepareRelease(releasesDir: string, id: string): Promise<string> {
  await mkdir(releasesDir, { recursive: true });
  const dir = join(releasesDir, id);
  await mkdir(dir);
  return dir;
}

/**
 * The serve path must be absent or a symlink we can replace. A real folder
 * there would be an operator's files: refuse rather than move them.
 */
export async function assertServeDirManageable(serveDir: string): Promise<void> {
  const stats = await lstat(serveDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (stats && !stats.isSymbolicLink()) {
    throw new Error(
      `RELAY_SERVE_DIR (${serveDir}) exists and is not a symlink; move it away so the relay can manage it as one`,
    );
  }
}

/** The release folder the serve path points at now, or null before the first build. */
export async function currentRelease(serveDir: string): Promise<string | null> {
  try {
    return resolve(dirname(serveDir), await readlink(serveDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/**
 * Points the serve path at `releaseDir` in one step: a new symlink is made
 * beside it, then rename()d over the old one, which POSIX makes atomic, so a
 * request sees either the old site or the new one, never a missing or half
 * written folder. The link is relative, so moving both folders together keeps it valid.
 */
export async function activateRelease(serveDir: string, releaseDir: string): Promise<void> {
  const parent = dirname(serveDir);
  await mkdir(parent, { recursive: true });
  const temporary = join(parent, `.${basename(serveDir)}.swap-${process.pid}-${Date.now()}`);
  await symlink(relative(parent, releaseDir), temporary, "dir");
  try {
    await rename(temporary, serveDir);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

/** Deletes releases other than `keep` (the served one and the one before it, which may still be mid-request). */
export async function pruneReleases(releasesDir: string, keep: readonly (string | null)[]): Promise<string[]> {
  const kept = new Set(keep.filter((dir): dir is string => dir !== null).map((dir) => resolve(dir)));
  const removed: string[] = [];
  for (const name of await readdir(releasesDir)) {
    const dir = join(releasesDir, name);
    if (!RELEASE_NAME.test(name) || kept.has(resolve(dir))) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

export async function removeRelease(releaseDir: string): Promise<void> {
  await rm(releaseDir, { recursive: true, force: true });
}

/** A build that exits 0 but writes nothing must not blank the site. */
export async function hasFiles(dir: string): Promise<boolean> {
  return (await readdir(dir)).length > 0;
}
