import { SITE } from "../lib/site.ts";
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getArticles, getSettings } from "../lib/content.ts";
import { urls } from "../lib/urls.ts";

/** An RSS feed of articles, newest review first. */
export const GET: APIRoute = async () => {
  const settings = await getSettings();
  const articles = [...(await getArticles())].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed));
  return rss({
    title: `${settings.siteName}: articles`,
    description: `Clinically reviewed articles from ${settings.siteName}.`,
    site: SITE,
    items: articles.map((article) => ({
      title: article.title,
      description: article.summary,
      link: urls.article(article.slug),
      pubDate: new Date(`${article.lastReviewed}T00:00:00Z`),
    })),
    customData: "<language>en-gb</language>",
  });
};
