import { escapeHTML } from "@portabletext/to-html";
import { imageProject, type ImageProject } from "../images/imageProject.ts";
import { responsiveImage, type SanityImageValue } from "../images/responsiveImage.ts";

/** The configured image project, looked up once per build. */
let project: ImageProject | null | undefined;

/**
 * A body image: from Sanity's image CDN at several widths with the editor's crop (responsiveImage.ts), its alt text
 * and intrinsic size (so the page does not jump as it loads), loaded lazily. Without a project (a dataset file
 * or the embedded dataset, whose image files are not served) the figure shows the alt text instead.
 */
export function imageHtml(image: Partial<SanityImageValue> | undefined, alt: string, caption?: string): string {
  project ??= imageProject();
  const captionHtml = caption ? `<figcaption>${escapeHTML(caption)}</figcaption>` : "";
  const responsive = image?.asset && project ? responsiveImage({ ...image, asset: image.asset }, project) : null;
  if (!responsive) return `<figure class="image-placeholder"><p>${escapeHTML(alt)}</p>${captionHtml}</figure>`;
  const { src, srcset, sizes, width, height } = responsive;
  return `<figure><img src="${escapeHTML(src)}" srcset="${escapeHTML(srcset)}" sizes="${escapeHTML(sizes)}" alt="${escapeHTML(alt)}" width="${width}" height="${height}" loading="lazy" decoding="async">${captionHtml}</figure>`;
}
