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
