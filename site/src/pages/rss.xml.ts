import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getArticles, getSettings } from "../lib/content.ts";
import { articleFeed } from "../lib/feed.ts";
import { SITE } from "../lib/site.ts";

/** An RSS feed of articles, newest review first. */
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  return rss(articleFeed(settings.siteName, await getArticles(), SITE));
};
