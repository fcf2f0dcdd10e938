import type { RSSOptions } from "@astrojs/rss";
import { urls } from "./urls.ts";

interface FeedArticle {
  title: string;
  summary: string;
  slug: string;
  lastReviewed: string;
}

/** The RSS feed of articles, newest review first: what /rss.xml serves, and what the output property checks. */
export function articleFeed(siteName: string, articles: readonly FeedArticle[], site: URL): RSSOptions {
  const newestFirst = [...articles].sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed));
  return {
    title: `${siteName}: articles`,
    description: `Clinically reviewed articles from ${siteName}.`,
    site,
    items: newestFirst.map((article) => ({
      title: article.title,
      description: article.summary,
      link: urls.article(article.slug),
      pubDate: new Date(`${article.lastReviewed}T00:00:00Z`),
    })),
    customData: "<language>en-gb</language>",
  };
}
