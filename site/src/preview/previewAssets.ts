import { sitePath } from "../lib/urls.ts";

/** The banner's stylesheet, served by the preview server alone (scripts/preview/previewBanner.css). */
export const PREVIEW_STYLESHEET = sitePath("/_preview/banner.css");

/** The script that links a preview page to the Studio's Presentation tool (scripts/preview/browser/). */
export const PRESENTATION_LINK_SCRIPT = sitePath("/_preview/presentation-link.js");
