import { escapeHTML } from "@portabletext/to-html";
import { imageProject, type ImageProject } from "./imageProject.ts";
import { responsiveImage, type SanityImageValue } from "./responsiveImage.ts";

/** The configured image project, looked up once per build. */
let project: ImageProject | null | undefined;

/**
 * The one way pages show a Sanity image: an `<img>` from the image CDN at several widths with the editor's crop
 * (responsiveImage.ts), its alt text (empty for a decorative image), its intrinsic size (so the page does not jump
 * as it loads), loaded lazily. Null when no project serves image files (a dataset file or the embedded dataset):
 * the caller decides what shows instead.
 */
export function imageTag(
  image: Partial<SanityImageValue> | null | undefined,
  alt: string,
  sizes: string,
  className?: string,
): string | null {
  project ??= imageProject();
  const responsive = image?.asset && project ? responsiveImage({ ...image, asset: image.asset }, project, sizes) : null;
  if (!responsive) return null;
  const { src, srcset, width, height } = responsive;
  const classAttribute = className ? ` class="${escapeHTML(className)}"` : "";
  return `<img${classAttribute} src="${escapeHTML(src)}" srcset="${escapeHTML(srcset)}" sizes="${escapeHTML(sizes)}" alt="${escapeHTML(alt)}" width="${width}" height="${height}" loading="lazy" decoding="async">`;
}
