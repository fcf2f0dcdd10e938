/**
 * Every document type the site shows. A change to any other type never
 * needs a rebuild; the webhook filter, the relay and the sync all use this.
 */
export const SITE_DOCUMENT_TYPES = ["article", "faq", "person", "page", "siteSettings"] as const;
