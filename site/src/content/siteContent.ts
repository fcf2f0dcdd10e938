import { loadSiteContent, openSource, type SiteContent } from "@patient-ed/content";

let pending: Promise<SiteContent> | undefined;

/**
 * All collections come from one read of the content source per build: the
 * source is opened and validated once, whichever collection asks first.
 */
export function siteContent(): Promise<SiteContent> {
  pending ??= openSource().then(loadSiteContent);
  return pending;
}
