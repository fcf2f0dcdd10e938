import "./bundlerMemory.ts";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildFailureOf, describeBuildFailure, parseReviewPolicy, type BuildFailure } from "@patient-ed/content";
import { removeStoresOf, siteIndexLoaded, siteIndexOfThisBuild } from "@patient-ed/content/node";
import { checkBuildSettings } from "../src/lib/buildSettings.ts";
import { headersFile } from "../src/lib/securityHeaders.ts";
import { urls } from "../src/lib/urls.ts";
import { indexSearch } from "./indexSearch.ts";
import {
  guardAgainstMassRemoval,
  livePages,
  removalSettings,
  sitePages,
  writePagesRecord,
} from "./pageRemovalGuard.ts";
import { swapDirectory } from "./swapDirectory.ts";
import { newBuildWorkDir } from "./buildWorkDir.ts";

/**
 * `pnpm build`: builds the site into a staging folder, indexes it for
 * search, and only then swaps it into place (SITE_OUT_DIR, default
 * site/dist). A failed build, for bad content or anything else, leaves the
 * last good site exactly as it was, and so does a build that would remove
 * more of the live site's pages than SITE_MAX_REMOVED_PERCENT allows
 * (pageRemovalGuard.ts). With SITE_BUILD_REPORT set, the outcome
 * is also written there as JSON ({ ok, failure }), which the publish relay
 * reads instead of parsing the log.
 */
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(process.env.SITE_OUT_DIR ?? resolve(siteDir, "dist"));
const staging = `${target}.staging`;
/** Astro's cache folder, as astro.config.ts sets it: ASTRO_CACHE_DIR, or Astro's default. */
const cacheDir = resolve(siteDir, process.env.ASTRO_CACHE_DIR ?? "node_modules/.astro");

async function report(failure: BuildFailure | null): Promise<void> {
  const file = process.env.SITE_BUILD_REPORT;
  if (!file) return;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(failure ? { ok: false, failure } : { ok: true })}\n`);
}

async function fail(error: unknown, afterwards: string): Promise<number> {
  const failure = buildFailureOf(error);
  console.error(describeBuildFailure(failure));
  console.error(`\n${afterwards}`);
  await report(failure);
  return 1;
}

async function main(): Promise<number> {
  try {
    checkBuildSettings(process.env);
  } catch (error) {
    return fail(error, `The site was not built: fix the settings above. ${target} is unchanged.`);
  }
  const removal = removalSettings(process.env);
  // Content first, before Astro starts: content that cannot be read or is refused fails the build in the time it
  // takes to load it, and the content loaders then use this same load (one per build process).
  try {
    await siteIndexOfThisBuild(cacheDir);
  } catch (error) {
    removeStoresOf(cacheDir, process.pid);
    return fail(error, `The site was not updated: the build failed. ${target} still holds the last good site.`);
  }
  await rm(staging, { recursive: true, force: true });
  // Astro writes its intermediate chunks under the working directory (outside it they cannot resolve packages), so
  // each build works in its own folder inside the site: two builds at once never read each other's chunks.
  const workDir = await newBuildWorkDir(siteDir);
  process.chdir(workDir);
  process.env.ASTRO_OUT_DIR = staging;
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  let builtPages: string[];
  try {
    // In-process, so a content failure reaches us as itself (it carries its BuildFailure), not as Astro's report.
    try {
      // Imported only now: content that fails, the common failure, is reported without first loading Astro (about
      // a second of CPU).
      const { build } = await import("astro");
      await build({ root: siteDir, logLevel: process.env.ASTRO_LOG_LEVEL === "info" ? "info" : "warn" });
    } finally {
      // The content store served the pages just rendered; the cache CI keeps must not carry the site's text.
      removeStoresOf(cacheDir, process.pid);
      process.chdir(siteDir);
      await rm(workDir, { recursive: true, force: true });
    }
    await indexSearch(staging);
    await writeFile(resolve(staging, "_headers"), headersFile());
    builtPages = await sitePages(staging);
    // Pages REVIEW_POLICY=hide leaves out on purpose, for being overdue or changed since their sign-off, are not
    // counted by the guard. Pages with no trusted sign-off are: a missing or rotated key makes every page one, and
    // the guard must stop that from emptying the site.
    const index = parseReviewPolicy(process.env) === "hide" ? await siteIndexLoaded() : null;
    const leftOut = index
      ? [...index.overdue, ...index.unsigned.filter((doc) => doc.status === "changed")].map((doc) =>
          doc.type === "article" ? urls.article(doc.slug) : urls.faq(doc.slug),
        )
      : [];
    guardAgainstMassRemoval(await livePages(target, removal), builtPages, removal, leftOut);
  } catch (error) {
    // Report the build's own failure even if the staging folder cannot be removed.
    await rm(staging, { recursive: true, force: true }).catch((cleanup: unknown) =>
      console.error(`Could not remove ${staging}: ${cleanup instanceof Error ? cleanup.message : String(cleanup)}`),
    );
    return fail(error, `The site was not updated: the build failed. ${target} still holds the last good site.`);
  }
  await swapDirectory(staging, target);
  // The site is already live: a record that cannot be written only means the next build compares with less.
  if (removal.recordFile)
    await writePagesRecord(removal.recordFile, builtPages).catch((error: unknown) =>
      console.warn(`Could not record the site's pages in ${removal.recordFile}: ${String(error)}`),
    );
  await report(null);
  console.log(`Site built into ${target}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => process.exit(await fail(error, "The build stopped unexpectedly.")),
);
