import { selectSource } from "@patient-ed/content/node";
import type { Env } from "@patient-ed/env";

/** Sanity's image CDN: the one image host pages may use, and only when a project is configured. */
export const SANITY_IMAGE_HOST = "https://cdn.sanity.io";

export interface ImageProject {
  projectId: string;
  dataset: string;
}

/**
 * The Sanity project whose image CDN serves the content's images: the Content Lake the build reads (the same
 * selection the content source makes), or none for a dataset file or the embedded dataset.
 */
export function imageProject(env: Env = process.env): ImageProject | null {
  const selection = selectSource(env);
  return selection.kind === "content-lake" ? { projectId: selection.projectId, dataset: selection.dataset } : null;
}
