/**
 * The Sanity project the Studio talks to. With nothing configured the Studio
 * still builds (for tests and offline work) against a placeholder project id.
 * Vite puts SANITY_STUDIO_* variables into the bundle when it is built.
 */
export const projectId = process.env.SANITY_STUDIO_PROJECT_ID || "offline";
export const dataset = process.env.SANITY_STUDIO_DATASET || "production";
/**
 * Another host for the Sanity API (a proxy, or the stand-in API the browser
 * tests run on this machine), e.g. `http://localhost:3999`. The client puts
 * the project id in front of the host name.
 */
export const apiHost = process.env.SANITY_STUDIO_API_HOST || undefined;
/**
 * The relay's clinical sign-off endpoint (`https://relay.example.org/signoff`): "Sign off and publish" sends the
 * reviewer's own Sanity session there, and only the relay can sign. Unset, the action says sign-off is not set up.
 */
export const signoffUrl = process.env.SANITY_STUDIO_SIGNOFF_URL || undefined;
/**
 * The draft preview server (`pnpm preview:drafts`, site/scripts/preview/) the Presentation tool shows pages from,
 * e.g. `https://preview.example.org/`. Unset, where `pnpm preview:drafts` listens by default, named `localhost` like
 * `sanity dev`'s Studio: the preview's cookie is only sent inside the Studio's frame when both are the same site.
 */
export const previewUrl = process.env.SANITY_STUDIO_PREVIEW_URL || "http://localhost:4322/";
