import { join } from "node:path";
import { isImagePlaceholder } from "../../images/placeholders.ts";
import type { LocalImages } from "../../sources/ContentSource.ts";

/** How an export names an image file: `images/<sha1>-<W>x<H>.<ext>`. */
const IMAGE_FILE = /^images\/([a-f0-9]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/;

/** The asset reference an export's image file stands for, or null for any other file. */
export function imageRefOfFile(file: string): string | null {
  const match = IMAGE_FILE.exec(file);
  return match ? `image-${match[1]}-${match[2]}x${match[3]}-${match[4]}` : null;
}

/**
 * The placeholders in an export's assets.json, by image id (`image-<sha1>`):
 * `sanity dataset export` keeps each asset document's metadata there, since
 * it leaves the asset documents themselves out.
 */
export function placeholdersOf(assetsJson: string | undefined): Map<string, string> {
  const placeholders = new Map<string, string>();
  if (!assetsJson) return placeholders;
  let parsed: unknown;
  try {
    parsed = JSON.parse(assetsJson);
  } catch {
    // assets.json only adds placeholders: a damaged one costs them, not the build.
    return placeholders;
  }
  if (typeof parsed !== "object" || parsed === null) return placeholders;
  for (const [id, meta] of Object.entries(parsed as Record<string, unknown>)) {
    const lqip = (meta as { metadata?: { lqip?: unknown } } | null)?.metadata?.lqip;
    if (isImagePlaceholder(lqip)) placeholders.set(id, lqip);
  }
  return placeholders;
}

/** The local images among `files` (paths in the export, `images/<name>`), found in `folder`. */
export function localImagesIn(
  folder: string,
  files: Iterable<string>,
  placeholders: ReadonlyMap<string, string>,
): LocalImages {
  const images: LocalImages = {};
  for (const file of files) {
    const ref = imageRefOfFile(file);
    if (!ref) continue;
    const lqip = placeholders.get(ref.replace(/-\d+x\d+-[a-z0-9]+$/, ""));
    images[ref] = { path: join(folder, file), ...(lqip && { lqip }) };
  }
  return images;
}
