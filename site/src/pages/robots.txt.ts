import type { APIRoute } from "astro";
import { urls } from "../lib/urls.ts";

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(urls.sitemap(), site ?? new URL("http://localhost:4321/")).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
