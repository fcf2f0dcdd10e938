import type { AstroIntegration } from "astro";
import { PREVIEW_PATHS } from "./previewPaths.ts";

/** Routes only the draft preview server has: the static build never sees them. */
export function draftPreview(): AstroIntegration {
  return {
    name: "patient-ed-draft-preview",
    hooks: {
      "astro:config:setup": ({ injectRoute }) => {
        injectRoute({
          pattern: PREVIEW_PATHS.incompleteDraftRoute,
          entrypoint: new URL("./IncompleteDraftPage.astro", import.meta.url),
          prerender: false,
        });
      },
    },
  };
}
