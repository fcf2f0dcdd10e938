import { createImageUrlBuilder } from "@sanity/image-url";
import type { ImageProject } from "./imageProject.ts";
import { assetOfRef, croppedRect } from "./imageRect.ts";

/** An image as the contract delivers it: the asset reference and the editor's crop and hotspot. */
export interface SanityImageValue {
  asset: { _ref: string };
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | undefined;
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | undefined;
}

/**
 * What an `<img>` needs: a fallback source, the set of widths, and the intrinsic size (no layout shift); and, for
 * images the build resizes itself, the better formats to offer first (`<source>` elements).
 */
export interface ResponsiveImage {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  sources?: { type: string; srcset: string }[];
}

/**
 * Where an image is shown: how wide (`sizes`, which the browser reads before any stylesheet) and the widths of file
 * offered for that slot. Each slot's width is set in global.css under the class named here.
 */
export interface ImageSlot {
  sizes: string;
  widths: readonly number[];
}

/** Body and lead images: the article column (44rem) on wide screens, the viewport less its margins on narrow; files from a small phone to a wide screen at twice the density. */
export const BODY_IMAGE: ImageSlot = {
  sizes: "(min-width: 48rem) 44rem, calc(100vw - 2rem)",
  widths: [320, 480, 640, 960, 1280, 1600],
};
/** A person's photo on their page: 8rem (.person-photo), at 1x, 2x and 3x density. */
export const PERSON_PHOTO: ImageSlot = { sizes: "8rem", widths: [128, 256, 384] };
/** The reviewer's photo beside "Medically reviewed by": 2.5rem (.byline__photo), at 1x, 2x and 3x density. */
export const REVIEWER_PHOTO: ImageSlot = { sizes: "2.5rem", widths: [40, 80, 120] };

/** The widths offered for an image `width` pixels wide (after the crop): each of the slot's below it, and its own. */
export function offeredWidths(width: number, slot: ImageSlot): number[] {
  const largest = slot.widths.at(-1) ?? width;
  return [...new Set([...slot.widths.filter((offered) => offered < width), Math.min(width, largest)])];
}

/** The width of the `src` fallback, for browsers that ignore `srcset`: a column's width at most, and the slot's largest. */
export function fallbackWidth(width: number, slot: ImageSlot): number {
  return Math.min(width, 960, slot.widths.at(-1) ?? width);
}

/** A social card's size (Open Graph's recommended 1.91:1). */
export const SOCIAL_CARD = { width: 1200, height: 630 } as const;

/**
 * URLs on Sanity's image CDN built with @sanity/image-url: the editor's crop applied (and the hotspot, which the
 * builder uses when a shape crops further), each width the image is at least as wide as, in the best format the
 * browser accepts (auto=format: AVIF or WebP), never enlarged (fit=max). Null for an asset reference that is not
 * an image's.
 */
export function responsiveImage(
  image: SanityImageValue,
  project: ImageProject,
  slot: ImageSlot = BODY_IMAGE,
): ResponsiveImage | null {
  const asset = assetOfRef(image.asset._ref);
  if (!asset) return null;
  const size = croppedRect(asset, image.crop);
  const builder = createImageUrlBuilder(project).image(image).auto("format").fit("max");
  return {
    src: builder.width(fallbackWidth(size.width, slot)).url(),
    srcset: offeredWidths(size.width, slot)
      .map((width) => `${builder.width(width).url()} ${width}w`)
      .join(", "),
    sizes: slot.sizes,
    width: size.width,
    height: size.height,
  };
}

/** The image as a social card on Sanity's CDN: SOCIAL_CARD's size around the editor's hotspot, as a JPEG. */
export function cdnSocialCard(
  image: SanityImageValue,
  project: ImageProject,
): { url: string; width: number; height: number } {
  const { width, height } = SOCIAL_CARD;
  const url = createImageUrlBuilder(project).image(image).width(width).height(height).fit("crop").format("jpg").url();
  return { url, width, height };
}
