import node from "@astrojs/node";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { basePath, siteUrl } from "./src/lib/siteUrl.ts";
import { contentSyncLock } from "./src/integrations/contentSyncLock.ts";
import { localImages } from "./src/integrations/localImages.ts";
import { draftPreview } from "./src/preview/integration.ts";
import { renderMode } from "./src/preview/renderMode.ts";

const site = siteUrl(process.env);
// SITE_RENDER=preview: the same pages, rendered on demand from the drafts by the preview server (scripts/preview/).
const preview = renderMode(process.env) === "preview";

export default defineConfig({
  site,
  // A project site such as https://owner.github.io/repo/ is served under /repo/.
  base: basePath(site),
  ...(preview
    ? {
        output: "server",
        adapter: node({ mode: "standalone" }),
        integrations: [contentSyncLock(), draftPreview()],
        // The preview server builds into a folder of its own (scripts/preview/previewBuild.ts).
        outDir: process.env.ASTRO_OUT_DIR ?? "./.preview",
      }
    : {
        output: "static",
        integrations: [contentSyncLock(), localImages()],
        // ASTRO_OUT_DIR is set by scripts/build.ts, which builds into a staging folder and swaps it in.
        outDir: process.env.ASTRO_OUT_DIR ?? "./dist",
      }),
  // The content-layer cache (Astro's data store and the Content Lake mirror); CI restores it between builds.
  ...(process.env.ASTRO_CACHE_DIR && { cacheDir: process.env.ASTRO_CACHE_DIR }),
  trailingSlash: "always",
  // concurrency 2: ~10% faster on two cores with identical output (BENCHMARKS.md).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 2 },
  // Patients get static pages with no client-side prefetch scripts.
  prefetch: false,
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // The benchmark builds sites of 100,000+ pages under .cache/: the dev server must not watch them.
    server: { watch: { ignored: ["**/.cache/**"] } },
  },
});
