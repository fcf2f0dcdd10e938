import { createImageUrlBuilder } from "@sanity/image-url";
import type { ImageProject } from "./imageProject.ts";

/** An image as the contract delivers it: the asset reference and the editor's crop and hotspot. */
export interface SanityImageValue {
  asset: { _ref: string };
  crop?: { top?: number; bottom?: number; left?: number; right?: number } | undefined;
  hotspot?: { x?: number; y?: number; width?: number; height?: number } | undefined;
}

/** What an `<img>` needs: a fallback source, the set of widths, and the intrinsic size (no layout shift). */
export interface ResponsiveImage {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
}

const ASSET_REF = /^image-[a-f0-9]+-(\d+)x(\d+)-[a-z0-9]+$/;
/** Widths offered to the browser, from a small phone to a wide screen at twice the density. */
export const IMAGE_WIDTHS = [320, 480, 640, 960, 1280, 1600] as const;
/** How wide body images are shown: the article column (44rem) on wide screens, the viewport less its margins on narrow. */
export const BODY_IMAGE_SIZES = "(min-width: 48rem) 44rem, calc(100vw - 2rem)";
/** A person's photo on their page: 8rem wide (global.css, .person-photo). */
export const PERSON_PHOTO_SIZES = "8rem";
/** The reviewer's photo beside "Medically reviewed by": 2.5rem (global.css, .byline__photo). */
export const REVIEWER_PHOTO_SIZES = "2.5rem";

/** The image's size after the editor's crop. */
function croppedSize(ref: string, crop: SanityImageValue["crop"]): { width: number; height: number } | null {
  const match = ASSET_REF.exec(ref);
  if (!match) return null;
  const [width, height] = [Number(match[1]), Number(match[2])];
  return {
    width: Math.max(1, Math.round(width * (1 - (crop?.left ?? 0) - (crop?.right ?? 0)))),
    height: Math.max(1, Math.round(height * (1 - (crop?.top ?? 0) - (crop?.bottom ?? 0)))),
  };
}

/**
 * URLs on Sanity's image CDN built with @sanity/image-url: the editor's crop applied (and the hotspot, which the
 * builder uses when a shape crops further), each width the image is at least as wide as, in the best format the
 * browser accepts (auto=format: AVIF or WebP), never enlarged (fit=max). Null for an asset reference that is not
 * an image's.
 */
export function responsiveImage(
  image: SanityImageValue,
  project: ImageProject,
  sizes = BODY_IMAGE_SIZES,
): ResponsiveImage | null {
  const size = croppedSize(image.asset._ref, image.crop);
  if (!size) return null;
  const builder = createImageUrlBuilder(project).image(image).auto("format").fit("max");
  const widths = [
    ...IMAGE_WIDTHS.filter((width) => width < size.width),
    Math.min(size.width, IMAGE_WIDTHS.at(-1) ?? size.width),
  ];
  const unique = [...new Set(widths)];
  return {
    src: builder.width(Math.min(size.width, 960)).url(),
    srcset: unique.map((width) => `${builder.width(width).url()} ${width}w`).join(", "),
    sizes,
    width: size.width,
    height: size.height,
  };
}
