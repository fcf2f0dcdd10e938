import type { ImagePlaceholders, LocalImages } from "@patient-ed/content";
import { siteIndexIfLoaded } from "@patient-ed/content/node";
import { previewOfRequest } from "../../preview/previewRequest.ts";
import { buildResizesImages } from "./resizingFlag.ts";

/*
 * What the site index of this build knows about images: the files a dataset file brought (an export archive's,
 * or the images/ folder beside an NDJSON file), and each image's blurred placeholder. Pages render after the
 * content loaders, so the index is loaded by the time this module is first imported; outside a build (a unit
 * test, `astro check`) there is none.
 */
const index = await siteIndexIfLoaded();

/**
 * Image files to resize: none in the draft preview or `astro dev`, which serve no resized files (they are made after
 * a build's pages are written), so images show as their alt text there.
 */
export const LOCAL_IMAGES: LocalImages = buildResizesImages() ? (index?.images ?? {}) : {};

const PLACEHOLDERS: ImagePlaceholders = index?.placeholders ?? {};

/** The image's blurred placeholder, if Sanity made one: from the request's drafts in the preview. */
export function placeholderFor(ref: string): string | undefined {
  return (previewOfRequest()?.index.placeholders ?? PLACEHOLDERS)[ref];
}
