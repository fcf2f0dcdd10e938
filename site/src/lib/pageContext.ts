import { getArticles, getFaqs, getPages } from "./content.ts";
import { buildLinkTargets, type LinkTargets } from "./linkTargets.ts";

let targets: Promise<LinkTargets> | undefined;

/** The link targets of the whole site, computed once per build. */
export function siteLinkTargets(): Promise<LinkTargets> {
  targets ??= Promise.all([getArticles(), getFaqs(), getPages()]).then(([articles, faqs, pages]) =>
    buildLinkTargets(articles, faqs, pages),
  );
  return targets;
}
