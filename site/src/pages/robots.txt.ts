import { SITE } from "../lib/site.ts";
import type { APIRoute } from "astro";
import { urls } from "../lib/urls.ts";

export const GET: APIRoute = () => {
  const sitemap = new URL(urls.sitemap(), SITE).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
