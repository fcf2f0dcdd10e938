/** The fixed document id of the site settings singleton. */
export const SITE_SETTINGS_ID = "siteSettings";

/** API version for the Studio's own queries (validation, initial values). */
export const SETTINGS_API_VERSION = "2025-02-19";
