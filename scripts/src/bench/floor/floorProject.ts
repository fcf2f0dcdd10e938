import { lstat, mkdir, readlink, rm, symlink } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { FLOOR_DIR, SITE_DIR } from "../common/paths.ts";

/**
 * The floor is not a workspace package, so nothing installs astro for it.
 * It uses the site's own astro, linked at run time into its gitignored
 * node_modules: the floor always builds with the exact Astro the site uses.
 */
export async function linkFloorAstro(): Promise<void> {
  const modules = resolve(FLOOR_DIR, "node_modules");
  const link = resolve(modules, "astro");
  const target = relative(modules, resolve(SITE_DIR, "node_modules/astro"));
  await mkdir(modules, { recursive: true });
  const existing = await lstat(link).catch(() => undefined);
  if (existing?.isSymbolicLink() && (await readlink(link)) === target) return;
  await rm(link, { recursive: true, force: true });
  await symlink(target, link, "dir");
}

export const FLOOR_ASTRO_BIN = resolve(SITE_DIR, "node_modules/.bin/astro");
