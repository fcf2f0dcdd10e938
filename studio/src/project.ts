/**
 * The Sanity project the Studio talks to. With nothing configured the Studio
 * still builds (for tests and offline work) against a placeholder project id.
 */
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || "offline";
export const dataset = process.env.SANITY_STUDIO_DATASET || "production";
