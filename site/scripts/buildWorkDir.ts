import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { isRunning } from "@patient-ed/content/node";

/** Where builds work, one folder per build process, inside the site so their chunks resolve its packages. */
const WORK_DIRS = join(".astro", "builds");

/**
 * A new, empty work folder for this build process. The folders of builds that
 * died without removing theirs (killed, out of memory) are removed on the way.
 */
export async function newBuildWorkDir(siteDir: string): Promise<string> {
  const parent = join(siteDir, WORK_DIRS);
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    const owner = Number(name);
    if (!Number.isInteger(owner) || owner === process.pid || !isRunning(owner)) {
      await rm(join(parent, name), { recursive: true, force: true });
    }
  }
  const dir = join(parent, String(process.pid));
  await mkdir(dir);
  return dir;
}
