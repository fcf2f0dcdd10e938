import type { SanityImageValue } from "./responsiveImage.ts";

/** A rectangle of an image file, in its pixels. */
export interface ImageRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const ASSET_REF = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/;

/** The file's id (its SHA-1), size and extension, from an image asset reference (`image-<sha1>-<W>x<H>-<ext>`). */
export function assetOfRef(ref: string): { sha1: string; width: number; height: number; extension: string } | null {
  const match = ASSET_REF.exec(ref);
  if (!match?.[1] || !match[4]) return null;
  return { sha1: match[1], width: Number(match[2]), height: Number(match[3]), extension: match[4] };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The part of the file the editor's crop keeps, in pixels (the whole file without a crop). */
export function croppedRect(size: { width: number; height: number }, crop: SanityImageValue["crop"]): ImageRect {
  const left = Math.round(size.width * clamp(crop?.left ?? 0, 0, 1));
  const top = Math.round(size.height * clamp(crop?.top ?? 0, 0, 1));
  const right = Math.round(size.width * clamp(crop?.right ?? 0, 0, 1));
  const bottom = Math.round(size.height * clamp(crop?.bottom ?? 0, 0, 1));
  return {
    left,
    top,
    width: Math.max(1, size.width - left - right),
    height: Math.max(1, size.height - top - bottom),
  };
}

/**
 * The largest part of `rect` with the given aspect ratio (width / height), centred on the editor's hotspot as far
 * as the rectangle allows: what Sanity's image CDN does for `fit=crop`, for a shape such as a social card.
 */
export function rectWithAspect(
  size: { width: number; height: number },
  rect: ImageRect,
  aspect: number,
  hotspot: SanityImageValue["hotspot"],
): ImageRect {
  const width = Math.min(rect.width, Math.round(rect.height * aspect));
  const height = Math.min(rect.height, Math.round(width / aspect));
  const centreX = size.width * (hotspot?.x ?? 0.5);
  const centreY = size.height * (hotspot?.y ?? 0.5);
  return {
    left: Math.round(clamp(centreX - width / 2, rect.left, rect.left + rect.width - width)),
    top: Math.round(clamp(centreY - height / 2, rect.top, rect.top + rect.height - height)),
    width,
    height,
  };
}
