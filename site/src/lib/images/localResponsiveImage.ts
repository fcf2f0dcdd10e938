import { sitePath } from "../urls.ts";
import { assetOfRef, croppedRect, rectWithAspect, type ImageRect } from "./imageRect.ts";
import { variantPath, type VariantFormat } from "./imageVariants.ts";
import {
  fallbackWidth,
  offeredWidths,
  SOCIAL_CARD,
  type ImageSlot,
  type ResponsiveImage,
  type SanityImageValue,
} from "./responsiveImage.ts";

function srcsetOf(sha1: string, rect: ImageRect, widths: number[], format: VariantFormat): string {
  return widths.map((width) => `${sitePath(variantPath({ sha1, rect, width, format }))} ${width}w`).join(", ");
}

/**
 * An image from a dataset file's own image files, resized by the build (src/integrations/localImages.ts) into
 * the same widths as Sanity's CDN offers: AVIF first, WebP for browsers without it, the editor's crop applied.
 */
export function localResponsiveImage(image: SanityImageValue, slot: ImageSlot): ResponsiveImage | null {
  const asset = assetOfRef(image.asset._ref);
  if (!asset) return null;
  const rect = croppedRect(asset, image.crop);
  const widths = offeredWidths(rect.width, slot);
  const fallback = fallbackWidth(rect.width, slot);
  return {
    src: sitePath(variantPath({ sha1: asset.sha1, rect, width: fallback, format: "webp" })),
    srcset: srcsetOf(asset.sha1, rect, widths, "webp"),
    sizes: slot.sizes,
    width: rect.width,
    height: rect.height,
    sources: [{ type: "image/avif", srcset: srcsetOf(asset.sha1, rect, widths, "avif") }],
  };
}

/**
 * The image as a social card: the part of the crop around the hotspot in the card's shape, as a JPEG (what every
 * service that reads `og:image` accepts), no larger than the source. A path in the site.
 */
export function localSocialCard(image: SanityImageValue): { path: string; width: number; height: number } | null {
  const asset = assetOfRef(image.asset._ref);
  if (!asset) return null;
  const rect = rectWithAspect(
    asset,
    croppedRect(asset, image.crop),
    SOCIAL_CARD.width / SOCIAL_CARD.height,
    image.hotspot,
  );
  const width = Math.min(rect.width, SOCIAL_CARD.width);
  return {
    path: sitePath(variantPath({ sha1: asset.sha1, rect, width, format: "jpg" })),
    width,
    height: Math.round((width * rect.height) / rect.width),
  };
}
