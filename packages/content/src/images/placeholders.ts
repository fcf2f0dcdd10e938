/**
 * Sanity's blurred placeholder for an image (its asset's `metadata.lqip`): a tiny base64 image, shown behind the
 * image while it loads. Only that form is taken, so nothing else can reach an `src` attribute.
 */
const PLACEHOLDER = /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/;

export function isImagePlaceholder(value: unknown): value is string {
  return typeof value === "string" && value.length <= 8192 && PLACEHOLDER.test(value);
}

/** Placeholders by asset reference (`image-<sha1>-<W>x<H>-<ext>`, the asset document's id). */
export type ImagePlaceholders = Record<string, string>;

/** The placeholders among rows of `imagePlaceholdersQuery` (asset documents of the Content Lake or its mirror). */
export function placeholdersFromAssets(rows: unknown): ImagePlaceholders {
  const placeholders: ImagePlaceholders = {};
  if (!Array.isArray(rows)) return placeholders;
  for (const row of rows as { _id?: unknown; lqip?: unknown }[])
    if (typeof row?._id === "string" && isImagePlaceholder(row.lqip)) placeholders[row._id] = row.lqip;
  return placeholders;
}
