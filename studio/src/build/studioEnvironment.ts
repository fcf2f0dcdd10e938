/*
 * One naming scheme for the Sanity project everywhere: the build, the report,
 * the import and the webhook read SANITY_PROJECT_ID and SANITY_DATASET. Vite
 * only puts SANITY_STUDIO_* variables into the Studio bundle, so the CLI
 * config (which the Sanity CLI loads before it builds) copies them across.
 * Setting SANITY_STUDIO_PROJECT_ID or SANITY_STUDIO_DATASET still wins.
 */
const ALIASES = {
  SANITY_STUDIO_PROJECT_ID: "SANITY_PROJECT_ID",
  SANITY_STUDIO_DATASET: "SANITY_DATASET",
} as const;

for (const [studioName, name] of Object.entries(ALIASES)) {
  if (!process.env[studioName]?.trim() && process.env[name]?.trim()) process.env[studioName] = process.env[name];
}
