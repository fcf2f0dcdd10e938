import { rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError } from "@patient-ed/env";
import { build } from "astro";
import { checkBuildSettings } from "../src/lib/buildSettings.ts";
import { headersFile } from "../src/lib/securityHeaders.ts";
import { removeSnapshotsOf } from "../src/content/snapshotFiles.ts";
import { indexSearch } from "./indexSearch.ts";
import { swapDirectory } from "./swapDirectory.ts";

/**
 * `pnpm build`: builds the site into a staging folder, indexes it for
 * search, and only then swaps it into place (SITE_OUT_DIR, default
 * site/dist). A failed build, for bad content or anything else, leaves the
 * last good site exactly as it was.
 */
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(process.env.SITE_OUT_DIR ?? resolve(siteDir, "dist"));
const staging = `${target}.staging`;
/** Astro's cache folder, as astro.config.ts sets it: ASTRO_CACHE_DIR, or Astro's default. */
const cacheDir = resolve(siteDir, process.env.ASTRO_CACHE_DIR ?? "node_modules/.astro");

/** Errors about the content or the settings: their message is the whole story, a stack trace only hides it. */
const CONTENT_ERRORS = new Set([
  "ContentError",
  "DatasetFileError",
  "ContentSourceError",
  "ReviewPolicyError",
  "ConfigError",
]);

function describeFailure(error: unknown): string {
  if (error instanceof Error && CONTENT_ERRORS.has(error.name)) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<number> {
  try {
    checkBuildSettings(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${error.message}\n\nThe site was not built: fix the settings above. ${target} is unchanged.`);
    return 1;
  }
  await rm(staging, { recursive: true, force: true });
  // Astro writes intermediate chunks under the working directory; from anywhere else they cannot resolve packages.
  process.chdir(siteDir);
  process.env.ASTRO_OUT_DIR = staging;
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  try {
    // In-process, so a content error reaches us as the error itself, not as Astro's report of it.
    try {
      await build({ root: siteDir, logLevel: process.env.ASTRO_LOG_LEVEL === "info" ? "info" : "warn" });
    } finally {
      // The content snapshot served the pages just rendered; the cache CI keeps must not carry the site's text.
      removeSnapshotsOf(cacheDir, process.pid);
    }
    await indexSearch(staging);
    await writeFile(resolve(staging, "_headers"), headersFile());
  } catch (error) {
    // Report the build's own failure even if the staging folder cannot be removed.
    await rm(staging, { recursive: true, force: true }).catch((cleanup: unknown) =>
      console.error(`Could not remove ${staging}: ${cleanup instanceof Error ? cleanup.message : String(cleanup)}`),
    );
    console.error(describeFailure(error));
    console.error(`\nThe site was not updated: the build failed. ${target} still holds the last good site.`);
    return 1;
  }
  await swapDirectory(staging, target);
  console.log(`Site built into ${target}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeFailure(error));
    process.exit(1);
  },
);
