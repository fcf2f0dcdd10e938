import { EnvReader, type Env } from "@patient-ed/env";

/**
 * The one setting that turns the site into the draft preview server: SITE_RENDER=preview builds the same pages
 * for on-demand rendering (@astrojs/node) from a snapshot of the drafts; unset or `static`, `pnpm build` writes
 * the public static site, unchanged by anything the preview adds.
 */
export type RenderMode = "static" | "preview";

export function renderMode(env: Env): RenderMode {
  const reader = new EnvReader(env);
  const mode = reader.oneOf("SITE_RENDER", ["static", "preview"], "static");
  reader.check();
  return mode;
}

/** Where the preview server's build goes (it never touches the public site's folder). */
export const PREVIEW_BUILD_DIR = new URL("../../.preview/", import.meta.url);

/** The address the page routes hand an article or FAQ entry the preview's index left out (it fails the contract). */
export const INCOMPLETE_DRAFT_ROUTE = "/_preview/incomplete/[type]/[slug]";

/** Where a page route sends a slug the preview's index does not have: the incomplete draft, or not found. */
export function incompleteDraftPath(base: string, type: "article" | "faq", slug: string | undefined): string {
  return `${base.replace(/\/?$/, "/")}_preview/incomplete/${type}/${encodeURIComponent(slug ?? "")}/`;
}
