import { escapeHTML } from "@portabletext/to-html";
import { assetOfRef } from "./imageRect.ts";
import { imageProject, type ImageProject } from "./imageProject.ts";
import { LOCAL_IMAGES, placeholderFor } from "./buildImages.ts";
import { localResponsiveImage, localSocialCard } from "./localResponsiveImage.ts";
import {
  cdnSocialCard,
  responsiveImage,
  type ImageSlot,
  type ResponsiveImage,
  type SanityImageValue,
} from "./responsiveImage.ts";

/** The configured image project, looked up once per build (null: none). */
let project: ImageProject | null | undefined;
const configuredProject = () => (project === undefined ? (project = imageProject()) : project);

export interface ImageTagOptions {
  /** What the image shows; empty only where the image is decorative (the text beside it says it all). */
  alt: string;
  /** Where the image is shown: one of the slots in responsiveImage.ts (BODY_IMAGE, PERSON_PHOTO, REVIEWER_PHOTO). */
  slot: ImageSlot;
  className?: string;
  /** Sanity's blurred placeholder behind the image while it loads, where there is one: for large images. */
  placeholder?: boolean;
  /** For an image near the top of the page: fetched at once, not lazily (it may be the largest thing on screen). */
  eager?: boolean;
}

/** The image's responsive set: from Sanity's CDN when a project serves it, else from the dataset file's own file. */
function responsiveOf(image: Partial<SanityImageValue> | null | undefined, slot: ImageSlot): ResponsiveImage | null {
  if (!image?.asset) return null;
  const value = { ...image, asset: image.asset };
  const cdn = configuredProject();
  if (cdn) return responsiveImage(value, cdn, slot);
  return LOCAL_IMAGES[image.asset._ref] ? localResponsiveImage(value, slot) : null;
}

const attribute = (name: string, value: string | number) => ` ${name}="${escapeHTML(String(value))}"`;

/**
 * The one way pages show a Sanity image: an `<img>` at several widths with the editor's crop
 * (responsiveImage.ts, localResponsiveImage.ts), its alt text, its intrinsic size (so the page does not jump as
 * it loads), loaded lazily unless it is at the top of the page; inside a `<picture>` when better formats are
 * offered, and over its blurred placeholder when asked for. The placeholder is an `<img>` of its own (a data: URL),
 * because the content security policy allows no inline styles. Null when neither Sanity's CDN nor a file of the
 * dataset's serves the image: the caller decides what shows instead.
 */
export function imageTag(image: Partial<SanityImageValue> | null | undefined, options: ImageTagOptions): string | null {
  const responsive = responsiveOf(image, options.slot);
  if (!responsive) return null;
  const { src, srcset, sizes, width, height } = responsive;
  const loading = options.eager ? "" : attribute("loading", "lazy");
  const img =
    `<img${options.className ? attribute("class", options.className) : ""}${attribute("src", src)}` +
    `${attribute("srcset", srcset)}${attribute("sizes", sizes)}${attribute("alt", options.alt)}` +
    `${attribute("width", width)}${attribute("height", height)}${loading}${attribute("decoding", "async")}>`;
  const sources = (responsive.sources ?? [])
    .map(
      (source) =>
        `<source${attribute("type", source.type)}${attribute("srcset", source.srcset)}${attribute("sizes", sizes)}>`,
    )
    .join("");
  const picture = sources ? `<picture>${sources}${img}</picture>` : img;
  // Only behind JPEGs: a PNG or WebP may be transparent, and the blur would show through it for good.
  const ref = image?.asset?._ref;
  const opaque = ref !== undefined && assetOfRef(ref)?.extension === "jpg";
  const placeholder = options.placeholder && opaque ? placeholderFor(ref) : undefined;
  if (!placeholder) return picture;
  const blur = `<img class="image-frame__placeholder"${attribute("src", placeholder)} alt=""${attribute("width", width)}${attribute("height", height)}>`;
  return `<span class="image-frame">${blur}${picture}</span>`;
}

/** The image as a social card (`og:image`): an absolute URL on `site` and its size, or null when nothing serves it. */
export function socialCardOf(
  image: Partial<SanityImageValue> | null | undefined,
  site: URL,
): { url: string; width: number; height: number } | null {
  if (!image?.asset) return null;
  const value = { ...image, asset: image.asset };
  const cdn = configuredProject();
  if (cdn) return cdnSocialCard(value, cdn);
  if (!LOCAL_IMAGES[image.asset._ref]) return null;
  const card = localSocialCard(value);
  return card && { url: new URL(card.path, site).href, width: card.width, height: card.height };
}
