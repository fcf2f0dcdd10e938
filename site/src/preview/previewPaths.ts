import { sitePath } from "../lib/urls.ts";

/**
 * Addresses only the draft preview server answers, below the site's base path: the preview server, its pages
 * and its integration all take them from here.
 */
export const PREVIEW_PATHS = {
  enable: "api/draft-mode/enable",
  disable: "api/draft-mode/disable",
  /** The banner's stylesheet (scripts/preview/previewBanner.css). */
  stylesheet: "_preview/banner.css",
  /** The script that links a preview page to the Studio's Presentation tool (scripts/preview/browser/). */
  presentationLink: "_preview/presentation-link.js",
  /** The route an article or FAQ entry the preview's index left out (it fails the contract) is shown by. */
  incompleteDraftRoute: "/_preview/incomplete/[type]/[slug]",
} as const;

/** The banner's stylesheet, as pages link it. */
export const PREVIEW_STYLESHEET = sitePath(`/${PREVIEW_PATHS.stylesheet}`);
/** The Presentation link script, as pages load it. */
export const PRESENTATION_LINK_SCRIPT = sitePath(`/${PREVIEW_PATHS.presentationLink}`);

/** Where a page route sends a slug the preview's index does not have: the incomplete draft, or not found. */
export function incompleteDraftPath(type: "article" | "faq", slug: string | undefined): string {
  return sitePath(`/_preview/incomplete/${type}/${encodeURIComponent(slug ?? "")}/`);
}
