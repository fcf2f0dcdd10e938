import { mkdir, readdir, rm } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isRunning } from "@patient-ed/content/node";
import { build } from "astro";
import { build as esbuild } from "esbuild";

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const PRESENTATION_LINK = fileURLToPath(new URL("./browser/presentationLink.ts", import.meta.url));
/** Preview builds live here, one per running preview server, inside the site so their chunks resolve its packages. */
const PREVIEW_BUILDS = join(".astro", "preview-servers");

/**
 * A folder for this preview server's build. Folders of preview servers that are no longer running are removed;
 * a running server's never is, however long it has run (it loads page code from it as pages are asked for).
 */
async function previewBuildDir(siteDir: string): Promise<string> {
  const parent = join(siteDir, PREVIEW_BUILDS);
  await mkdir(parent, { recursive: true });
  for (const name of await readdir(parent)) {
    const owner = Number(name);
    if (!Number.isInteger(owner) || owner === process.pid || !isRunning(owner))
      await rm(join(parent, name), { recursive: true, force: true });
  }
  const dir = join(parent, String(process.pid));
  await mkdir(dir);
  return dir;
}

/**
 * Builds the site's pages for on-demand rendering (SITE_RENDER=preview) into a folder of this process, with its
 * own Astro cache (a `pnpm build` beside it keeps its data store), and loads the adapter's handler, which serves
 * the built assets and renders the pages. It must not listen itself: the preview server wraps it.
 */
export async function buildPreviewHandler(siteDir: string): Promise<{ handler: NodeHandler; dir: string }> {
  const dir = await previewBuildDir(siteDir);
  process.env.SITE_RENDER = "preview";
  process.env.ASTRO_OUT_DIR = join(dir, "server-build");
  process.env.ASTRO_CACHE_DIR = join(dir, "cache");
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  // Astro writes its intermediate chunks under the working directory: this build's own, as scripts/build.ts does.
  process.chdir(dir);
  try {
    // "error": on-demand pages that keep getStaticPaths for the static build would each log a warning.
    await build({ root: siteDir, logLevel: "error" });
  } finally {
    process.chdir(siteDir);
  }
  process.env.ASTRO_NODE_AUTOSTART = "disabled";
  const entry = pathToFileURL(join(process.env.ASTRO_OUT_DIR, "server", "entry.mjs")).href;
  return { handler: ((await import(entry)) as { handler: NodeHandler }).handler, dir };
}

/** The Presentation link script (browser/presentationLink.ts), bundled for the browser. */
export async function bundlePresentationLink(): Promise<string> {
  const result = await esbuild({
    entryPoints: [PRESENTATION_LINK],
    bundle: true,
    format: "esm",
    minify: true,
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error("esbuild wrote no Presentation link script");
  return output.text;
}
