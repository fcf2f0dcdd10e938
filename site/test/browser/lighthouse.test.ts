import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePages, type PageType } from "../../scripts/pageTypes.ts";
import { serveBuiltSite, type ServedSite } from "../helpers/builtSite.ts";
import { launchLighthouseChrome, runLighthouse, type LighthouseChrome } from "../helpers/lighthouse.ts";

let site: ServedSite;
let chrome: LighthouseChrome;

beforeAll(async () => {
  // Built with SITE_URL set to this origin, so canonical links and robots.txt's sitemap line match it.
  site = await serveBuiltSite();
  chrome = await launchLighthouseChrome();
});

afterAll(async () => {
  await chrome?.kill();
  await site?.close();
});

const pages: [string, PageType][] = [
  ["home", "home"],
  ["article", "article"],
  ["FAQ index", "faqIndex"],
];

describe("Lighthouse (mobile) scores 100 for accessibility, best practices and SEO", () => {
  it.each(pages)("on the %s page", { timeout: 90_000 }, async (_label, type) => {
    const url = `${site.origin}${samplePages(site.dist)[type].path}`;
    const outcome = await runLighthouse(url, chrome.port);
    expect(outcome.failures, `failing audits on ${url}`).toEqual([]);
    expect(outcome.scores).toEqual({ accessibility: 1, "best-practices": 1, seo: 1 });
  });
});
