import { escapeHTML } from "@portabletext/to-html";

const ASSET_REF = /^image-([a-f0-9]+)-(\d+)x(\d+)-([a-z0-9]+)$/;

/** The Sanity project that serves image assets, when one is configured. */
function imageProject(): { projectId: string; dataset: string } | null {
  const projectId = process.env.SANITY_PROJECT_ID?.trim();
  const dataset = process.env.SANITY_DATASET?.trim();
  return projectId && dataset ? { projectId, dataset } : null;
}

/**
 * An image from Sanity's image CDN with its alt text and intrinsic size (so
 * the page does not jump as it loads). Without a project (the offline
 * dataset has no asset files) the figure shows the alt text instead.
 */
export function imageHtml(assetRef: string | undefined, alt: string, caption?: string): string {
  const match = assetRef ? ASSET_REF.exec(assetRef) : null;
  const project = imageProject();
  const captionHtml = caption ? `<figcaption>${escapeHTML(caption)}</figcaption>` : "";
  if (!match || !project) {
    return `<figure class="image-placeholder"><p>${escapeHTML(alt)}</p>${captionHtml}</figure>`;
  }
  const [, id, width, height, format] = match;
  const src = `https://cdn.sanity.io/images/${project.projectId}/${project.dataset}/${id}-${width}x${height}.${format}?w=1200&auto=format`;
  return `<figure><img src="${escapeHTML(src)}" alt="${escapeHTML(alt)}" width="${width}" height="${height}" loading="lazy" decoding="async">${captionHtml}</figure>`;
}
