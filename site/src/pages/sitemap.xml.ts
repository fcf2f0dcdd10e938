import type { APIRoute } from "astro";
import { getArticles, getFaqs, getPages, getPeople } from "../lib/content.ts";
import { newest, sitemapXml, type SitemapEntry } from "../lib/sitemap.ts";
import { urls } from "../lib/urls.ts";

/** Every public page with the time its content last changed. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL("http://localhost:4321/");
  const [articles, faqs, people, pages] = await Promise.all([getArticles(), getFaqs(), getPeople(), getPages()]);
  const at = (path: string, lastmod?: string): SitemapEntry => ({
    loc: new URL(path, origin).href,
    ...(lastmod && { lastmod }),
  });
  const entries = [
    at(urls.home(), newest([...articles, ...faqs].map((doc) => doc._updatedAt))),
    at(urls.articles(), newest(articles.map((doc) => doc._updatedAt))),
    at(urls.faqIndex(), newest(faqs.map((doc) => doc._updatedAt))),
    ...articles.map((doc) => at(urls.article(doc.slug), doc._updatedAt)),
    ...faqs.map((doc) => at(urls.faq(doc.slug), doc._updatedAt)),
    ...people.map((doc) => at(urls.person(doc.slug), doc._updatedAt)),
    ...pages.map((doc) => at(urls.page(doc.slug), doc._updatedAt)),
  ];
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
