import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { BuildFailureError } from "@patient-ed/content";
import { EnvReader, type Env } from "@patient-ed/env";

/*
 * The mass-removal guard. A fault upstream (an empty or partial answer from the Content Lake, a wrong dataset
 * file) yields content that is valid but mostly missing, and a build from it would publish an almost empty site
 * with exit code 0. So before the swap the build compares its pages with the live site's and refuses to remove
 * more than a set share of them unless an operator confirms the number.
 */

export const DEFAULT_MAX_REMOVED_PERCENT = 20;
/** How many removed pages the failure lists by name. */
const LISTED_PAGES = 10;

export interface RemovalSettings {
  /** SITE_MAX_REMOVED_PERCENT: the share of the live site's pages one build may remove unconfirmed. */
  maxRemovedPercent: number;
  /** SITE_CONFIRM_REMOVED_PAGES: an operator's confirmation that a build may remove up to this many pages. */
  confirmedRemovals: number;
  /**
   * SITE_PAGES_RECORD: a file listing the live site's pages, for a build whose live site is not on this machine
   * (CI's is on the static host). The build rewrites it when it succeeds; CI keeps it once the deploy has. A
   * relative path is read from where the command was run, as SANITY_DATASET_FILE is.
   */
  recordFile: string | undefined;
  /** SITE_LIVE_DIR: the folder the live site is served from, when the build writes elsewhere (the relay's releases). */
  liveDir: string | undefined;
}

export function removalSettings(env: Env): RemovalSettings {
  const reader = new EnvReader(env);
  const record = reader.optional("SITE_PAGES_RECORD");
  const liveDir = reader.optional("SITE_LIVE_DIR");
  const base = env.INIT_CWD ?? process.cwd();
  const settings = {
    maxRemovedPercent: reader.integer("SITE_MAX_REMOVED_PERCENT", {
      fallback: DEFAULT_MAX_REMOVED_PERCENT,
      min: 0,
      max: 100,
    }),
    confirmedRemovals: reader.integer("SITE_CONFIRM_REMOVED_PAGES", { fallback: 0, min: 0, max: 10_000_000 }),
    recordFile: record && resolve(base, record),
    liveDir: liveDir && resolve(base, liveDir),
  };
  reader.check();
  return settings;
}

/** Every page of a built site, as the address a patient would open ("/articles/x/"), sorted. */
export async function sitePages(dir: string): Promise<string[]> {
  const files = await readdir(dir, { recursive: true });
  return files
    .filter((file) => file.endsWith(".html"))
    .map((file) => `/${file.split("\\").join("/")}`.replace(/(^|\/)index\.html$/, "$1"))
    .sort();
}

/**
 * The live site's pages: from the record when there is one, else from the folder it is served from
 * (SITE_LIVE_DIR), else from the folder the build replaces.
 */
export async function livePages(
  target: string,
  settings: Pick<RemovalSettings, "recordFile" | "liveDir">,
): Promise<string[]> {
  if (settings.recordFile && existsSync(settings.recordFile)) {
    return (await readFile(settings.recordFile, "utf8")).split("\n").filter((line) => line !== "");
  }
  const dir = settings.liveDir ?? target;
  return existsSync(dir) ? sitePages(dir) : [];
}

/** Records the pages just published, for the next build to compare with. Written whole, then renamed into place. */
export async function writePagesRecord(recordFile: string, pages: readonly string[]): Promise<void> {
  await mkdir(dirname(recordFile), { recursive: true });
  const temporary = `${recordFile}.${process.pid}.tmp`;
  await writeFile(temporary, pages.map((page) => `${page}\n`).join(""));
  await rename(temporary, recordFile);
}

/**
 * The pages of the live site a build would remove without a reason the build knows, or null when the build may go
 * ahead. `leftOut` pages are removed on purpose and not counted: the overdue and changed-since-sign-off pages REVIEW_POLICY=hide leaves out,
 * which may be many on one day when a batch reviewed together falls due together.
 */
export function excessiveRemoval(
  live: readonly string[],
  built: readonly string[],
  settings: Pick<RemovalSettings, "maxRemovedPercent" | "confirmedRemovals">,
  leftOut: readonly string[] = [],
): string[] | null {
  if (live.length === 0) return null;
  const kept = new Set([...built, ...leftOut]);
  const removed = live.filter((page) => !kept.has(page));
  const overShare = removed.length * 100 > live.length * settings.maxRemovedPercent;
  return overShare && removed.length > settings.confirmedRemovals ? removed : null;
}

/** Throws the build's "mass-removal" failure when the built site would remove too much of the live one. */
export function guardAgainstMassRemoval(
  live: readonly string[],
  built: readonly string[],
  settings: Pick<RemovalSettings, "maxRemovedPercent" | "confirmedRemovals">,
  leftOutByReviewPolicy: readonly string[] = [],
): void {
  const removed = excessiveRemoval(live, built, settings, leftOutByReviewPolicy);
  if (!removed) return;
  const percent = Math.round((removed.length * 100) / live.length);
  const listed = removed.slice(0, LISTED_PAGES).map((page) => `  - ${page}`);
  const more = removed.length - listed.length;
  throw new BuildFailureError({
    kind: "mass-removal",
    summary:
      `This build would remove ${removed.length} of the live site's ${live.length} pages (${percent} %), ` +
      `more than SITE_MAX_REMOVED_PERCENT (${settings.maxRemovedPercent} %) allows` +
      (leftOutByReviewPolicy.length > 0
        ? ", not counting the overdue and changed-since-sign-off pages REVIEW_POLICY=hide leaves out."
        : "."),
    issues: [],
    settings: [],
    details: [
      ...listed,
      ...(more > 0 ? [`  … and ${more} more`] : []),
      "An empty or partial answer from the content source looks like this: check it first.",
      `If the content really changed this much, build again with SITE_CONFIRM_REMOVED_PAGES=${removed.length}, once.`,
    ],
  });
}
