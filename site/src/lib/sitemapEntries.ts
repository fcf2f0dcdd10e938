import { getArticles, getFaqs, getPages, getPeople } from "./content.ts";
import { articleListPages, faqListPages } from "./pageContext.ts";
import { newest } from "./sitemap.ts";
import { urls } from "./urls.ts";
import { once } from "./once.ts";

/** A page of the site and when its content last changed. */
export interface SitePage {
  path: string;
  lastmod?: string;
}

/** Every public page with the time its content last changed, computed once per build. */
export const sitePages = once(async (): Promise<SitePage[]> => {
  const [articles, faqs, people, pages] = await Promise.all([getArticles(), getFaqs(), getPeople(), getPages()]);
  const [articleList, faqList] = await Promise.all([articleListPages(), faqListPages()]);
  const at = (path: string, lastmod?: string): SitePage => ({ path, ...(lastmod && { lastmod }) });
  return [
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
});
