import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "@patient-ed/testing/static-server";

/** The browser tests trust this server to behave like the real host; these pin down how. */
let server: StaticServer;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), "static-server-"));
  mkdirSync(join(root, "faq"));
  mkdirSync(join(root, "pagefind"));
  writeFileSync(join(root, "index.html"), "<p>home</p>");
  writeFileSync(join(root, "faq", "index.html"), "<p>faq</p>");
  writeFileSync(join(root, "404.html"), "<p>not found</p>");
  writeFileSync(join(root, "pagefind", "wasm.en.pagefind"), "binary");
  writeFileSync(join(root, "pagefind", "pagefind.js"), "export {}");
  server = await serveStatic(root);
});

afterAll(() => server?.close());

const get = (path: string, method = "GET") => fetch(`${server.origin}${path}`, { method, redirect: "manual" });

it("listens on 127.0.0.1 on an ephemeral port", () => {
  expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(server.port).toBeGreaterThan(0);
});

it("serves a folder's index.html, and redirects a folder without its slash", async () => {
  const response = await get("/faq/");
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(await response.text()).toBe("<p>faq</p>");
  const redirect = await get("/faq");
  expect(redirect.status).toBe(301);
  expect(redirect.headers.get("location")).toBe("/faq/");
});

it("answers a missing path with the site's 404 page and status 404", async () => {
  const response = await get("/no/such/page/");
  expect(response.status).toBe(404);
  expect(await response.text()).toBe("<p>not found</p>");
});

it("never serves a file outside its folder", async () => {
  expect((await get("/..%2f..%2fetc%2fpasswd")).status).toBe(404);
});

it("sends the content types scripts and Pagefind need, and answers HEAD without a body", async () => {
  expect((await get("/pagefind/pagefind.js")).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  const head = await get("/pagefind/wasm.en.pagefind", "HEAD");
  expect(head.status).toBe(200);
  expect(head.headers.get("content-type")).toBe("application/octet-stream");
  expect(head.headers.get("content-length")).toBe("6");
  expect(await head.text()).toBe("");
});

it("serves a single-page app's index.html for the paths it routes itself", async () => {
  const root = mkdtempSync(join(tmpdir(), "static-spa-"));
  writeFileSync(join(root, "index.html"), "<div id=app></div>");
  const app = await serveStatic(root, { singlePageApp: true });
  try {
    const response = await fetch(`${app.origin}/structure/article;article-1`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<div id=app></div>");
  } finally {
    await app.close();
  }
});
