import type { ImageRect } from "./imageRect.ts";

/*
 * How the build names the images it resizes from a dataset file's image files. The name says everything needed
 * to make the file: the source image (its SHA-1), the rectangle of it to keep, the width and the format. Pages are
 * rendered with these paths, and after the build the images integration (src/integrations/localImages.ts) makes
 * exactly the files the built pages name, so the two can never disagree.
 */

/** The folder of the site that holds resized images. */
export const IMAGES_FOLDER = "_images";

export const VARIANT_FORMATS = ["avif", "webp", "jpg"] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export interface ImageVariant {
  sha1: string;
  rect: ImageRect;
  width: number;
  format: VariantFormat;
}

/** The variant's path in the site, without the base path: `_images/<sha1>/<left>-<top>-<width>-<height>/<width>.<format>`. */
export function variantPath({ sha1, rect, width, format }: ImageVariant): string {
  return `${IMAGES_FOLDER}/${sha1}/${rect.left}-${rect.top}-${rect.width}-${rect.height}/${width}.${format}`;
}

const VARIANT_PATH = new RegExp(
  `${IMAGES_FOLDER}/([a-f0-9]{40})/(\\d+)-(\\d+)-(\\d+)-(\\d+)/(\\d+)\\.(${VARIANT_FORMATS.join("|")})`,
  "g",
);

/** Every variant a page names (in `src`, `srcset` or a social card), once each, in the order named. */
export function variantsNamedIn(html: string): ImageVariant[] {
  const variants = new Map<string, ImageVariant>();
  for (const match of html.matchAll(VARIANT_PATH)) {
    const [path, sha1 = "", left, top, width, height, outWidth, format] = match;
    variants.set(path, {
      sha1,
      rect: { left: Number(left), top: Number(top), width: Number(width), height: Number(height) },
      width: Number(outWidth),
      format: format as VariantFormat,
    });
  }
  return [...variants.values()];
}
