import "../bundlerMemory.ts";
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildFailureOf, describeBuildFailure } from "@patient-ed/content";
import { escapeHTML } from "@portabletext/to-html";
import { checkStudioPreviewSecret, openPreviewContent, type PreviewContent } from "@patient-ed/content/node";
import { reportConfigErrorAndExit } from "@patient-ed/env";
import { previewContentSecurityPolicy, SECURITY_HEADERS } from "../../src/lib/securityHeaders.ts";
import { basePath, siteUrl } from "../../src/lib/siteUrl.ts";
import { PREVIEW_PATHS } from "../../src/preview/previewPaths.ts";
import { withPreview } from "../../src/preview/previewRequest.ts";
import {
  cookieValue,
  newSession,
  safeRedirectPath,
  sameSecret,
  SESSION_COOKIE,
  sessionCookie,
  validSession,
} from "./previewAccess.ts";
import { buildPreviewHandler, bundlePresentationLink, type NodeHandler } from "./previewBuild.ts";
import { previewSettings, type PreviewSettings } from "./previewSettings.ts";

/*
 * `pnpm preview:drafts`: the draft preview server. It builds the site's own pages for on-demand rendering
 * (previewBuild.ts), then serves them behind the preview secret, each page rendered from a snapshot of the drafts
 * taken when it is asked for. The public site stays static; this server is for editors and reviewers only.
 */
const siteDir = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BANNER_CSS = join(dirname(fileURLToPath(import.meta.url)), "previewBanner.css");

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": type, ...headers });
  res.end(body);
}

const page = (title: string, html: string) =>
  `<!doctype html><html lang="en-GB"><meta charset="utf-8"><title>${title}</title><main><h1>${title}</h1>${html}</main></html>\n`;

/**
 * Sets headers no later code may change: the adapter's static file handler would otherwise mark built assets
 * `public, immutable`, and nothing from the preview may be cached.
 */
function lockHeaders(res: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const locked = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => (locked.has(name.toLowerCase()) ? res : setHeader(name, value));
  const writeHead = res.writeHead.bind(res) as (status: number, headers?: Record<string, unknown>) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const given = rest.find((part): part is Record<string, unknown> => typeof part === "object" && part !== null);
    const kept = given && Object.fromEntries(Object.entries(given).filter(([name]) => !locked.has(name.toLowerCase())));
    return writeHead(status, kept);
  }) as ServerResponse["writeHead"];
}

/**
 * The draft-mode addresses, with or without a trailing slash, under the base path or at the root: the Presentation
 * tool asks for `/api/draft-mode/enable` at the preview's origin whatever its path.
 */
function isAddress(path: string, base: string, address: string): boolean {
  const trimmed = path.replace(/\/$/, "");
  return trimmed === `${base}${address}` || trimmed === `/${address}`;
}

/** A page, as opposed to a built asset or a public file: only pages need the drafts. */
const isPage = (path: string) => path.endsWith("/") || !/\.[a-z0-9]+$/i.test(path);

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
  const headers = {
    "Cache-Control": "private, no-store",
    "X-Robots-Tag": "noindex, nofollow",
    "Content-Security-Policy": previewContentSecurityPolicy(settings.studioOrigins),
    ...SECURITY_HEADERS,
  };

  async function enable(url: URL, https: boolean, res: ServerResponse): Promise<void> {
    const given = url.searchParams.get("sanity-preview-secret") ?? "";
    // undefined: refused; null: accepted, with no path asked for.
    let redirectTo: string | null | undefined;
    if (given && sameSecret(given, settings.secret)) redirectTo = url.searchParams.get("sanity-preview-pathname");
    else if (given && settings.source.kind === "content-lake") {
      // The Studio's Presentation tool stores a one-off secret in the Content Lake; @sanity/preview-url-secret checks it.
      const checked = await checkStudioPreviewSecret(settings.source, url.href).catch(() => null);
      if (checked) redirectTo = checked.redirectTo;
    }
    if (redirectTo === undefined)
      return send(
        res,
        401,
        "text/html; charset=utf-8",
        page("Preview secret not accepted", "<p>Open the preview from the Studio.</p>"),
      );
    res.writeHead(307, {
      location: safeRedirectPath(redirectTo, base),
      "set-cookie": sessionCookie(newSession(settings.secret, now()), base, https),
    });
    res.end();
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Nothing here may be cached or indexed, whatever the answer.
    lockHeaders(res, headers);
    const https = req.headers["x-forwarded-proto"] === "https";
    const url = new URL(req.url ?? "/", "http://preview.invalid");
    const path = url.pathname;
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "text/plain", "Method not allowed\n");
    if (isAddress(path, base, PREVIEW_PATHS.enable)) return enable(url, https, res);
    if (isAddress(path, base, PREVIEW_PATHS.disable)) {
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
          "<p>This preview is private. Open it from the Studio, with Presentation or Open preview.</p>",
        ),
      );
    if (path === `${base}${PREVIEW_PATHS.stylesheet}`)
      return send(res, 200, "text/css", await readFile(BANNER_CSS, "utf8"));
    if (path === `${base}${PREVIEW_PATHS.presentationLink}`) return send(res, 200, "text/javascript", presentationLink);
    // Search records and sitemaps describe the published site; the preview has neither.
    if (path.startsWith(`${base}search-records/`) || path.startsWith(`${base}sitemap`))
      return send(res, 404, "text/plain", "Not part of the draft preview\n");
    if (!isPage(path)) return handler(req, res);
    let lease;
    try {
      lease = await content.acquire();
    } catch (error) {
      const text = describeBuildFailure(buildFailureOf(error));
      return send(
        res,
        503,
        "text/html; charset=utf-8",
        page("The drafts cannot be previewed", `<pre>${escapeHTML(text)}</pre>`),
      );
    }
    // The snapshot's documents stay until this answer is finished, even if a newer snapshot replaces it meanwhile.
    res.once("close", lease.release);
    withPreview(lease.snapshot, () => handler(req, res));
  }

  return createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      // The path only: the query may hold the preview secret.
      const where = new URL(req.url ?? "/", "http://preview.invalid").pathname;
      console.error(
        `Draft preview: ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
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
  const [{ handler, dir }, presentationLink] = await Promise.all([
    buildPreviewHandler(siteDir),
    bundlePresentationLink(),
  ]);
  const content = openPreviewContent(process.env);
  const base = basePath(siteUrl(process.env));
  const server = createPreviewServer({ settings, content, handler, base, presentationLink });
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : settings.port;
    console.log(`Draft preview of ${content.description} on http://${settings.host}:${port}${base}`);
    console.log(`Open ${base}${PREVIEW_PATHS.enable}?sanity-preview-secret=… to sign in (PREVIEW_SECRET).`);
  });
  // Stopped, it leaves nothing behind: its snapshots and its build (a killed server's build goes at the next start).
  const stop = () => {
    content.close();
    rmSync(dir, { recursive: true, force: true });
    server.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
