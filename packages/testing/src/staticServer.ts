import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/**
 * A tiny static file server for built sites, close enough to GitHub Pages
 * for browser tests: directories serve their index.html, a missing file gets
 * the site's 404.html with status 404, and Pagefind's binary index files get a
 * content type the browser accepts (WebAssembly needs application/wasm). A
 * single-page app (the built Studio) serves its index.html for every path it
 * routes itself.
 */
const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  // Pagefind's index chunks are gzipped binary it decodes itself.
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream",
};

export interface StaticServerOptions {
  /** Port to listen on; 0 (the default) picks a free ephemeral port. */
  port?: number;
  /** Serve root's index.html with status 200 for paths with no file, as a single-page app's host does. */
  singlePageApp?: boolean;
}

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
}

/** The file a URL path maps to inside root, or null if it would escape root or does not exist. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = resolve(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    // Like GitHub Pages, /faq redirects to /faq/ so relative links inside resolve correctly.
    if (!urlPath.endsWith("/")) return `${urlPath}/`;
    const index = join(candidate, "index.html");
    return (await stat(index).catch(() => null))?.isFile() ? index : null;
  }
  return null;
}

async function send(response: ServerResponse, method: string, status: number, file: string): Promise<void> {
  const info = await stat(file);
  response.writeHead(status, {
    "Content-Type": contentType(file),
    "Content-Length": info.size,
    "Cache-Control": "no-cache",
  });
  if (method === "HEAD") {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

async function handle(
  root: string,
  options: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const method = request.method ?? "GET";
  if (method !== "GET" && method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const found = await resolveFile(root, url.pathname);
  if (found?.endsWith("/")) {
    response.writeHead(301, { Location: `${found}${url.search}` }).end();
    return;
  }
  if (found) return send(response, method, 200, found);
  if (options.singlePageApp) return send(response, method, 200, join(root, "index.html"));
  const notFound = join(root, "404.html");
  if ((await stat(notFound).catch(() => null))?.isFile()) return send(response, method, 404, notFound);
  response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
}

/**
 * Serves `root` on 127.0.0.1. The folder is read per request, so it may be
 * filled after the server starts: that lets a caller reserve the port, then
 * build a site whose URLs name it.
 */
export function serveStatic(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const absoluteRoot = resolve(root);
  const port = options.port ?? 0;
  const server = createServer((request, response) => {
    handle(absoluteRoot, options, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      response.end(String(error));
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://127.0.0.1:${bound}`,
        port: bound,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
