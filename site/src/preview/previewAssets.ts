import { sitePath } from "../lib/urls.ts";

/** The banner's stylesheet, served by the preview server alone (scripts/preview/previewBanner.css). */
export const PREVIEW_STYLESHEET = sitePath("/_preview/banner.css");
