import { mkdir, readdir, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { isRunning } from "@patient-ed/content/node";

/** Where builds work, one folder per build process, inside the site so their chunks resolve its packages. */
const WORK_DIRS = join(".astro", "builds");
/** No build runs this long: an older folder is a dead build's, even if its pid now belongs to another process. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * A new, empty work folder for this build process. The folders of builds that
 * died without removing theirs (killed, out of memory) are removed on the way.
 */
export async function newBuildWorkDir(siteDir: string): Promise<string> {
  const parent = join(siteDir, WORK_DIRS);
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    const owner = Number(name);
    const path = join(parent, name);
    // Another build may remove the same folder meanwhile: gone counts as not stale, and rm ignores it.
    const stale = () =>
      stat(path).then(
        (found) => Date.now() - found.mtimeMs > STALE_AFTER_MS,
        () => false,
      );
    if (!Number.isInteger(owner) || owner === process.pid || !isRunning(owner) || (await stale())) {
      await rm(path, { recursive: true, force: true });
    }
  }
  const dir = join(parent, String(process.pid));
  await mkdir(dir);
  return dir;
}
