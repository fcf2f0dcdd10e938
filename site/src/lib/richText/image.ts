import { escapeHTML } from "@portabletext/to-html";
import { imageTag } from "../images/imageTag.ts";
import { BODY_IMAGE_SIZES, type SanityImageValue } from "../images/responsiveImage.ts";

/**
 * A body image with its caption. Without a project serving the files (a dataset file or the embedded dataset),
 * the figure shows the alt text instead: what the image says is not lost.
 */
export function imageHtml(image: Partial<SanityImageValue> | undefined, alt: string, caption?: string): string {
  const captionHtml = caption ? `<figcaption>${escapeHTML(caption)}</figcaption>` : "";
  const img = imageTag(image, alt, BODY_IMAGE_SIZES);
  if (!img) return `<figure class="image-placeholder"><p>${escapeHTML(alt)}</p>${captionHtml}</figure>`;
  return `<figure>${img}${captionHtml}</figure>`;
}
