import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildFailureOf, describeBuildFailure } from "@patient-ed/content";
import { checkStudioPreviewSecret, openPreviewContent, type PreviewContent } from "@patient-ed/content/node";
import { reportConfigErrorAndExit } from "@patient-ed/env";
import { build } from "astro";
import { build as esbuild } from "esbuild";
import { previewContentSecurityPolicy } from "../../src/lib/securityHeaders.ts";
import { siteUrl } from "../../src/lib/siteUrl.ts";
import { withPreview } from "../../src/preview/previewRequest.ts";
import { newBuildWorkDir } from "../buildWorkDir.ts";
import {
  cookieValue,
  newSession,
  safeRedirectPath,
  sameSecret,
  SESSION_COOKIE,
  sessionCookie,
  validSession,
} from "./previewAccess.ts";
import { previewSettings, type PreviewSettings } from "./previewSettings.ts";

/*
 * `pnpm preview:drafts`: the draft preview server. It builds the site's own pages for on-demand rendering
 * (SITE_RENDER=preview, @astrojs/node), then serves them behind the preview secret, each request rendered from a
 * fresh snapshot of the drafts. The public site stays static; this server is for editors and reviewers only.
 */
type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BANNER_CSS = join(dirname(fileURLToPath(import.meta.url)), "previewBanner.css");
const PRESENTATION_LINK = join(dirname(fileURLToPath(import.meta.url)), "browser", "presentationLink.ts");

/** The Presentation link script, bundled for the browser once at start. */
async function bundlePresentationLink(): Promise<string> {
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
  return result.outputFiles[0]?.text ?? "";
}

/** Builds the pages for on-demand rendering into a work folder of this process, and loads their handler. */
async function buildPreviewHandler(): Promise<NodeHandler> {
  const workDir = await newBuildWorkDir(siteDir);
  const outDir = join(workDir, "preview-server");
  process.env.SITE_RENDER = "preview";
  process.env.ASTRO_OUT_DIR = outDir;
  process.env.ASTRO_TELEMETRY_DISABLED = "1";
  // Astro writes its intermediate chunks under the working directory: this build's own, as scripts/build.ts does.
  process.chdir(workDir);
  try {
    await build({ root: siteDir, logLevel: "warn" });
  } finally {
    process.chdir(siteDir);
  }
  // The adapter's standalone handler serves the built assets and renders the pages; it must not listen itself.
  process.env.ASTRO_NODE_AUTOSTART = "disabled";
  const entry = (await import(pathToFileURL(join(outDir, "server", "entry.mjs")).href)) as { handler: NodeHandler };
  return entry.handler;
}

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(body);
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>${title}</title><main><h1>${title}</h1><p>${text}</p></main></html>\n`;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The draft-mode addresses, with or without a trailing slash, under the base path or at the root: the Presentation
 * tool asks for `/api/draft-mode/enable` at the preview's origin whatever its path.
 */
function isDraftModePath(path: string, base: string, action: "enable" | "disable"): boolean {
  const trimmed = path.replace(/\/$/, "");
  return trimmed === `${base}api/draft-mode/${action}` || trimmed === `/api/draft-mode/${action}`;
}

export interface PreviewServerOptions {
  settings: PreviewSettings;
  content: PreviewContent;
  handler: NodeHandler;
  /** The bundled Presentation link script. */
  presentationLink: string;
  /** The site's base path, e.g. "/" or "/repo/". */
  base: string;
  now?: () => number;
}

/** The preview server: access, headers and the request's snapshot around the pages' handler. */
export function createPreviewServer(options: PreviewServerOptions): Server {
  const { settings, content, handler, base, presentationLink } = options;
  const now = options.now ?? Date.now;
  const csp = previewContentSecurityPolicy(settings.studioOrigins);

  async function enable(url: URL, https: boolean, res: ServerResponse): Promise<void> {
    const given = url.searchParams.get("sanity-preview-secret") ?? "";
    // undefined: refused; null: accepted, with no path asked for.
    let redirectTo: string | null | undefined;
    if (given && sameSecret(given, settings.secret)) redirectTo = url.searchParams.get("sanity-preview-pathname");
    else if (given && settings.source.kind === "content-lake") {
      // The Studio's Presentation tool writes a one-off secret to the Content Lake; @sanity/preview-url-secret checks it.
      const checked = await checkStudioPreviewSecret(settings.source, url.href).catch(() => null);
      if (checked) redirectTo = checked.redirectTo;
    }
    if (redirectTo === undefined)
      return send(
        res,
        401,
        "text/html; charset=utf-8",
        page("Preview secret not accepted", "Open the preview from the Studio."),
      );
    const cookie = sessionCookie(newSession(settings.secret, now()), base, https);
    res.writeHead(307, { location: safeRedirectPath(redirectTo, base), "set-cookie": cookie });
    res.end();
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Nothing here may be cached or indexed, whatever the answer.
    res.setHeader("cache-control", "private, no-store");
    res.setHeader("x-robots-tag", "noindex, nofollow");
    res.setHeader("content-security-policy", csp);
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "same-origin");
    const https = req.headers["x-forwarded-proto"] === "https";
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "preview"}`);
    const path = url.pathname;
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "Method not allowed\n");
    if (isDraftModePath(path, base, "enable")) return enable(url, https, res);
    if (isDraftModePath(path, base, "disable")) {
      res.writeHead(307, { location: base, "set-cookie": sessionCookie("", base, https, 0) });
      return void res.end();
    }
    if (path === "/robots.txt") return send(res, 200, "text/plain", "User-agent: *\nDisallow: /\n");
    if (!validSession(cookieValue(req.headers.cookie, SESSION_COOKIE), settings.secret, now()))
      return send(
        res,
        401,
        "text/html; charset=utf-8",
        page(
          "Draft preview: not signed in",
          "This preview is private. Open it from the Studio, with Presentation or Open preview.",
        ),
      );
    if (path === `${base}_preview/banner.css`) return send(res, 200, "text/css", await readFile(BANNER_CSS, "utf8"));
    if (path === `${base}_preview/presentation-link.js`) return send(res, 200, "text/javascript", presentationLink);
    // Search records and sitemaps describe the published site; the preview has neither.
    if (path.startsWith(`${base}search-records/`) || path.startsWith(`${base}sitemap`))
      return send(res, 404, "text/plain", "Not part of the draft preview\n");
    let snapshot;
    try {
      snapshot = await content.current();
    } catch (error) {
      const text = describeBuildFailure(buildFailureOf(error));
      return send(
        res,
        503,
        "text/html; charset=utf-8",
        page("The drafts cannot be previewed", `<pre>${escapeHtml(text)}</pre>`),
      );
    }
    withPreview(snapshot, () => handler(req, res));
  }

  return createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      console.error(
        `Draft preview: ${req.url ?? ""}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) send(res, 500, "text/plain", "Preview error\n");
      else res.end();
    });
  });
}

async function main(): Promise<void> {
  let settings: PreviewSettings;
  try {
    settings = previewSettings(process.env);
  } catch (error) {
    reportConfigErrorAndExit(error, "pnpm preview:drafts");
  }
  const [handler, presentationLink] = await Promise.all([buildPreviewHandler(), bundlePresentationLink()]);
  const content = openPreviewContent(process.env);
  const base = new URL(siteUrl(process.env)).pathname.replace(/\/?$/, "/");
  const server = createPreviewServer({ settings, content, handler, base, presentationLink });
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : settings.port;
    console.log(`Draft preview of ${content.description} on http://${settings.host}:${port}${base}`);
    console.log(`Open ${base}api/draft-mode/enable?sanity-preview-secret=… to sign in (PREVIEW_SECRET).`);
  });
  const stop = () => {
    content.close();
    server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
