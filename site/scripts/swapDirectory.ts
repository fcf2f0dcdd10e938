import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";

/**
 * Replaces `target` with the finished build in `staging`. Two renames on the
 * same file system: the old site is moved aside, not deleted, until the new
 * one is in place, so a crash between them leaves a site to restore.
 */
export async function swapDirectory(staging: string, target: string): Promise<void> {
  const previous = `${target}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}
