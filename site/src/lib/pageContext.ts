import { getArticles, getFaqs, getPages } from "./content.ts";
import { groupFaqs, splitLongGroups, type FaqGroup } from "./faqGroups.ts";
import { buildLinkTargets, type LinkTargets } from "./linkTargets.ts";
import { ARTICLES_PER_PAGE, paginate, QUESTIONS_PER_PAGE } from "./pagination.ts";
import type { ArticleCard } from "./content.ts";
import { once } from "./once.ts";

/** The link targets of the whole site, computed once per build. */
export const siteLinkTargets = once(async (): Promise<LinkTargets> =>
  buildLinkTargets(await getArticles(), await getFaqs(), await getPages()),
);

/** The pages of /articles/, computed once per build. */
export const articleListPages = once(async (): Promise<ArticleCard[][]> =>
  paginate(await getArticles(), ARTICLES_PER_PAGE),
);

/** The pages of /faq/: questions grouped under their articles, computed once per build. */
export const faqListPages = once(async (): Promise<FaqGroup[][]> =>
  paginate(
    splitLongGroups(groupFaqs(await getArticles(), await getFaqs()), QUESTIONS_PER_PAGE),
    QUESTIONS_PER_PAGE,
    (group) => group.faqs.length,
  ),
);
