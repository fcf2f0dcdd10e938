import { checkAll, type Env } from "@patient-ed/env";
import { clockFromEnv, parseReviewPolicy, reviewToday } from "@patient-ed/content";
import { contentHeapArgs, selectSource } from "@patient-ed/content/node";
import { removalSettings } from "../../scripts/pageRemovalGuard.ts";
import { searchIndexMaxRecords } from "../search/searchBundles.ts";
import { sitemapMaxUrls } from "./sitemap.ts";
import { siteUrl } from "./siteUrl.ts";

/**
 * Reads every setting the build takes from the environment before anything
 * starts, and throws one ConfigError naming each variable that is wrong: an
 * operator fixes them all in one go, and no build fails half-way for a typo.
 */
export function checkBuildSettings(env: Env): void {
  checkAll([
    () => siteUrl(env),
    () => selectSource(env),
    () => parseReviewPolicy(env),
    () => clockFromEnv(env),
    // The settings' own time zone is checked with the content; this checks the override.
    () => env.SITE_TIMEZONE?.trim() && reviewToday("UTC", env),
    () => sitemapMaxUrls(env),
    () => searchIndexMaxRecords(env),
    () => removalSettings(env),
    () => contentHeapArgs(env),
  ]);
}
