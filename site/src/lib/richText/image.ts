import { escapeHTML } from "@portabletext/to-html";
import { imageTag } from "../images/imageTag.ts";
import { BODY_IMAGE, type SanityImageValue } from "../images/responsiveImage.ts";

/** An image with what an editor says about it: alt text (required), and an optional caption and credit. */
export interface FigureImage extends Partial<SanityImageValue> {
  alt?: string;
  /** Marked by the editor as adding nothing the text does not say: empty alt text, skipped by screen readers. */
  decorative?: boolean;
  caption?: string | null;
  credit?: string | null;
}

/**
 * An image in the article column with its caption and credit (whose photo or drawing it is). Without a file to
 * show (a dataset file without its images), the figure shows the alt text instead: what the image says is not
 * lost. `lead`: the image at the top of an article, fetched at once.
 */
export function imageHtml(image: FigureImage, options: { lead?: boolean } = {}): string {
  const alt = image.decorative ? "" : (image.alt ?? "");
  const caption = image.caption ? `<span class="figure__caption">${escapeHTML(image.caption)}</span>` : "";
  const credit = image.credit ? `<span class="figure__credit">Image: ${escapeHTML(image.credit)}</span>` : "";
  // A space between them: read aloud or copied, the caption and the credit stay two phrases.
  const captionHtml =
    caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(" ")}</figcaption>` : "";
  const className = options.lead ? ' class="lead-image"' : "";
  const img = imageTag(image, { alt, slot: BODY_IMAGE, placeholder: true, eager: options.lead ?? false });
  // Without a file, a decorative image has nothing to say in its place: only its caption, if any, is kept.
  if (!img && image.decorative) return captionHtml ? `<figure>${captionHtml}</figure>` : "";
  if (!img)
    return `<figure class="image-placeholder${options.lead ? " lead-image" : ""}"><p>${escapeHTML(alt)}</p>${captionHtml}</figure>`;
  return `<figure${className}>${img}${captionHtml}</figure>`;
}
