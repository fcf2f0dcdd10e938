import type { APIRoute } from "astro";
import { getArticles, getFaqs, getPages, getPeople } from "../lib/content.ts";
import { articleListPages, faqListPages } from "../lib/pageContext.ts";
import { newest, sitemapXml, type SitemapEntry } from "../lib/sitemap.ts";
import { urls } from "../lib/urls.ts";

/** Every public page with the time its content last changed. */
export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL("http://localhost:4321/");
  const [articles, faqs, people, pages] = await Promise.all([getArticles(), getFaqs(), getPeople(), getPages()]);
  const [articleList, faqList] = await Promise.all([articleListPages(), faqListPages()]);
  const at = (path: string, lastmod?: string): SitemapEntry => ({
    loc: new URL(path, origin).href,
    ...(lastmod && { lastmod }),
  });
  const entries = [
    at(urls.home(), newest([...articles, ...faqs].map((doc) => doc._updatedAt))),
    // Each page of a listing changes when one of the entries it shows does.
    ...articleList.map((list, index) => at(urls.articlesPage(index + 1), newest(list.map((doc) => doc._updatedAt)))),
    ...faqList.map((groups, index) =>
      at(urls.faqPage(index + 1), newest(groups.flatMap((group) => group.faqs.map((doc) => doc._updatedAt)))),
    ),
    ...articles.map((doc) => at(urls.article(doc.slug), doc._updatedAt)),
    ...faqs.map((doc) => at(urls.faq(doc.slug), doc._updatedAt)),
    ...people.map((doc) => at(urls.person(doc.slug), doc._updatedAt)),
    ...pages.map((doc) => at(urls.page(doc.slug), doc._updatedAt)),
  ];
  return new Response(sitemapXml(entries), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
