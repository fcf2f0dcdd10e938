import type { AstroIntegration } from "astro";
import { INCOMPLETE_DRAFT_ROUTE } from "./renderMode.ts";

/** Routes only the draft preview server has: the static build never sees them. */
export function draftPreview(): AstroIntegration {
  return {
    name: "patient-ed-draft-preview",
    hooks: {
      "astro:config:setup": ({ injectRoute }) => {
        injectRoute({
          pattern: INCOMPLETE_DRAFT_ROUTE,
          entrypoint: new URL("./IncompleteDraftPage.astro", import.meta.url),
          prerender: false,
        });
      },
    },
  };
}
