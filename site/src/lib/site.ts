/**
 * The published site's canonical address. astro.config.ts always sets `site`
 * (from SITE_URL, checked before the build starts, or the documented local
 * default), and Astro puts it here as a string.
 */
export const SITE = new URL(import.meta.env.SITE);
