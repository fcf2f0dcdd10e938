/** Every page address on the site, in one place. All end in a slash (trailingSlash: "always"). */
export const urls = {
  home: () => "/",
  article: (slug: string) => `/articles/${slug}/`,
  articles: () => "/articles/",
  faqIndex: () => "/faq/",
  faq: (slug: string) => `/faq/${slug}/`,
  faqAnchor: (slug: string) => `/faq/#${slug}`,
  person: (slug: string) => `/people/${slug}/`,
  page: (slug: string) => `/${slug}/`,
  search: () => "/search/",
  feed: () => "/rss.xml",
};
