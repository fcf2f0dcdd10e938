import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { RawDocument } from "@patient-ed/content";
import { article, faq, settings, reviewer, toNdjson, withFields } from "@patient-ed/testing/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { ARTICLES_PER_PAGE, QUESTIONS_PER_PAGE } from "../src/lib/pagination.ts";
import { SEARCH_RECORDS_DIR } from "../scripts/indexSearch.ts";
import { buildSite, tempDir } from "./helpers/buildSite.ts";
import { wcagViolations } from "./helpers/axeReport.ts";
import { launchBrowser } from "@patient-ed/testing/browser";
import { watchProblems } from "./helpers/pageProblems.ts";
import { bundlePages, indexedPages, searchBundles } from "./helpers/searchIndex.ts";
import { serveStatic } from "@patient-ed/testing/static-server";
import { readPage, textOf } from "./helpers/siteFiles.ts";

/*
 * A site bigger than one page of each listing: 120 articles with two
 * questions each (one shared with the next article), so the listings paginate
 * and the FAQ groups have to be split between pages without losing or
 * repeating a question.
 */
const ARTICLES = 120;
const pad = (n: number) => String(n).padStart(3, "0");
const ref = (id: string, key: string) => ({ _type: "reference", _key: key, _ref: id });

function dataset(): RawDocument[] {
  const docs: RawDocument[] = [settings, reviewer];
  for (let n = 0; n < ARTICLES; n++) {
    docs.push(
      withFields(article, {
        _id: `article-${pad(n)}`,
        title: `Article ${pad(n)}`,
        slug: { _type: "slug", current: `article-${pad(n)}` },
        body: [
          {
            _type: "block",
            _key: "p",
            style: "normal",
            markDefs: [],
            children: [{ _type: "span", _key: "s", text: `The body of article ${pad(n)}, from the store.`, marks: [] }],
          },
        ],
        faqs: [ref(`faq-${pad(n)}`, "a"), ref(`faq-${pad((n + 1) % ARTICLES)}`, "b")],
      }),
    );
    docs.push(
      withFields(faq, {
        _id: `faq-${pad(n)}`,
        question: `Question ${pad(n)}?`,
        slug: { _type: "slug", current: `question-${pad(n)}` },
        answer: [
          {
            _type: "block",
            _key: "a",
            style: "normal",
            markDefs: [],
            children: [{ _type: "span", _key: "s", text: `Answer ${pad(n)}.`, marks: [] }],
          },
        ],
        relatedArticles: [ref(`article-${pad(n)}`, "a")],
      }),
    );
  }
  // A question no article lists: it goes under "Other questions" and is searchable on its own.
  docs.push(
    withFields(faq, {
      _id: "faq-orphan",
      question: "Question orphan?",
      slug: { _type: "slug", current: "question-orphan" },
      relatedArticles: [],
    }),
  );
  return docs;
}

let dist: string;
const cacheDir = tempDir("listings-cache-");

beforeAll(async () => {
  const file = join(tempDir("listings-data-"), "data.ndjson");
  writeFileSync(file, toNdjson(dataset()));
  dist = join(tempDir("listings-site-"), "dist");
  // Sitemap files of 100 URLs and search bundles of 50 records, so this site of ~250 pages splits both, as
  // one of 50,000+ pages splits its sitemap and one of 25,000+ articles its search index.
  const result = await buildSite(dist, {
    SANITY_DATASET_FILE: file,
    ASTRO_CACHE_DIR: cacheDir,
    SITEMAP_MAX_URLS: "100",
    SEARCH_INDEX_MAX_RECORDS: "100",
  });
  expect(result.output).toContain("Site built into");
  expect(result.ok).toBe(true);
});

const listed = (path: string, selector: string) =>
  readPage(dist, path)
    .querySelectorAll(selector)
    .map((element) => textOf(element));

describe("the article list at 120 articles", () => {
  const pages = ["/articles/", "/articles/page/2/", "/articles/page/3/"];

  it("is split into pages of 50 that list every article once, in title order", () => {
    const titles = pages.flatMap((path) => listed(path, ".card__title"));
    expect(titles).toEqual(Array.from({ length: ARTICLES }, (_, n) => `Article ${pad(n)}`));
    expect(listed(pages[0]!, ".card__title")).toHaveLength(ARTICLES_PER_PAGE);
  });

  it("gives each page its own title and links to the pages before and after it", () => {
    const second = readPage(dist, "/articles/page/2/");
    expect(textOf(second.querySelector("h1"))).toBe("Articles (page 2 of 3)");
    expect(textOf(second.querySelector("title"))).toContain("Articles (page 2 of 3)");
    const nav = second.querySelector('nav[aria-label="Pages"]')!;
    expect(textOf(nav.querySelector('[aria-current="page"]'))).toBe("Page 2 of 3");
    expect(nav.querySelector('a[rel="prev"]')?.getAttribute("href")).toBe("/articles/");
    expect(nav.querySelector('a[rel="next"]')?.getAttribute("href")).toBe("/articles/page/3/");
    const first = readPage(dist, "/articles/");
    expect(textOf(first.querySelector("h1"))).toBe("Articles");
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    expect(readPage(dist, "/articles/page/3/").querySelector('a[rel="next"]')).toBeNull();
  });
});

describe("the FAQ list at 120 questions", () => {
  const faqPages = () => {
    const paths = ["/faq/"];
    for (let page = 2; ; page++) {
      try {
        readPage(dist, `/faq/page/${page}/`);
        paths.push(`/faq/page/${page}/`);
      } catch {
        return paths;
      }
    }
  };

  it("shows every question with its answer exactly once across its pages", () => {
    const paths = faqPages();
    expect(paths.length).toBeGreaterThan(1);
    const questions = paths.flatMap((path) => listed(path, "details.faq summary"));
    expect([...questions].sort()).toEqual([
      ...Array.from({ length: ARTICLES }, (_, n) => `Question ${pad(n)}?`),
      "Question orphan?",
    ]);
    for (const path of paths) {
      const page = readPage(dist, path);
      for (const details of page.querySelectorAll("details.faq")) {
        const n = textOf(details.querySelector("summary")).slice("Question ".length, -1);
        if (n === "orphan") continue;
        expect(textOf(details.querySelector(".faq__answer")), path).toContain(`Answer ${n}.`);
      }
      expect(page.querySelectorAll("details.faq").length, path).toBeLessThanOrEqual(QUESTIONS_PER_PAGE);
    }
  });

  it("describes only the questions on each page in its FAQPage data", () => {
    const page = readPage(dist, "/faq/page/2/");
    const data = page
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as { "@type": string; url?: string; mainEntity?: unknown[] })
      .find((item) => item["@type"] === "FAQPage")!;
    expect(data.url).toMatch(/\/faq\/page\/2\/$/);
    expect(data.mainEntity).toHaveLength(page.querySelectorAll("details.faq").length);
  });
});

describe("pages that read their own document from the site index's store", () => {
  it("leave no store in the cache once the build is done (CI keeps that cache between runs)", () => {
    expect(readdirSync(join(cacheDir, "content-stores"))).toEqual([]);
    // The data store itself is kept: it is what the cache is for.
    expect(readdirSync(cacheDir)).toContain("data-store.json");
  });

  it("show each article's own body", () => {
    for (const n of [0, 57, 119]) {
      expect(textOf(readPage(dist, `/articles/article-${pad(n)}/`).querySelector("article"))).toContain(
        `The body of article ${pad(n)}, from the store.`,
      );
    }
  });
});

describe("search", () => {
  it("indexes every article with its text, and every question as a result of its own, pointing at its page", () => {
    const pages = indexedPages(dist);
    const articles = pages.filter((page) => page.url.startsWith("/articles/"));
    expect(articles.map((page) => page.meta.title).sort()).toEqual(
      Array.from({ length: ARTICLES }, (_, n) => `Article ${pad(n)}`),
    );
    const first = articles.find((page) => page.url === "/articles/article-000/")!;
    expect(first.content).toContain("The body of article 000, from the store.");
    const questions = pages.filter((page) => page.url.startsWith("/faq/"));
    expect(questions.map((page) => page.url).sort()).toEqual(
      [...Array.from({ length: ARTICLES }, (_, n) => `/faq/question-${pad(n)}/`), "/faq/question-orphan/"].sort(),
    );
    expect(questions.find((page) => page.url === "/faq/question-007/")?.content).toContain("Answer 007.");
  });

  it("publishes no search records, only the index built from them", () => {
    expect(existsSync(join(dist, SEARCH_RECORDS_DIR))).toBe(false);
  });

  it("splits the index into bundles of at most the configured size, each page in exactly one", () => {
    expect(searchBundles(dist)).toEqual(["pagefind", "pagefind-2", "pagefind-3"]);
    const sizes = searchBundles(dist).map((bundle) => bundlePages(join(dist, bundle)).length);
    expect(sizes).toEqual([80, 80, 81]);
    const urls = indexedPages(dist).map((page) => page.url);
    expect(new Set(urls).size).toBe(ARTICLES * 2 + 1);
    expect(readPage(dist, "/search/").querySelector("#search")?.getAttribute("data-merge-bundles")).toBe(
      "/pagefind-2/ /pagefind-3/",
    );
  });

  it("finds, in the browser, a page indexed in the last bundle", async () => {
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const problems = watchProblems(page);
      await page.goto(`${server.origin}/search/`);
      await page.locator(".pagefind-ui__search-input").pressSequentially("orphan");
      const result = page.locator('.pagefind-ui__result-link[href="/faq/question-orphan/"]');
      await result.waitFor({ timeout: 30_000 });
      expect(await result.textContent()).toBe("Question orphan?");
      // And one from the first bundle, in the same search box: the bundles are searched together.
      await page.locator(".pagefind-ui__search-input").fill("");
      await page.locator(".pagefind-ui__search-input").pressSequentially("000");
      await page.locator('.pagefind-ui__result-link[href="/articles/article-000/"]').waitFor({ timeout: 30_000 });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("accessibility of the paginated pages", () => {
  it("axe finds no WCAG 2.2 AA violation on a middle page of each listing, light and dark", async () => {
    const server = await serveStatic(dist);
    const browser = await launchBrowser();
    try {
      for (const path of ["/articles/page/2/", "/faq/page/2/"]) {
        for (const colorScheme of ["light", "dark"] as const) {
          const context = await browser.newContext({ colorScheme });
          const page = await context.newPage();
          await page.goto(`${server.origin}${path}`);
          await page.evaluate(() => document.querySelectorAll("details").forEach((details) => (details.open = true)));
          expect(await wcagViolations(page), `${path} (${colorScheme})`).toBe("");
          await context.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe("the sitemap, split as a site of more than 50,000 pages splits it", () => {
  const locs = (xml: string, tag: string) =>
    [...xml.matchAll(new RegExp(`<${tag}><loc>([^<]+)</loc>`, "g"))].map((match) => new URL(match[1]!).pathname);

  it("is an index of sitemap files that together list every page once, each file within the limit", () => {
    const index = readFileSync(join(dist, "sitemap.xml"), "utf8");
    expect(index).toContain("<sitemapindex");
    const parts = locs(index, "sitemap");
    expect(parts).toEqual(["/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemaps/3.xml"]);
    const pages = parts.flatMap((part) => {
      const xml = readFileSync(join(dist, part), "utf8");
      expect(xml).toContain("<urlset");
      const listed = locs(xml, "url");
      expect(listed.length).toBeLessThanOrEqual(100);
      return listed;
    });
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toContain("/articles/page/3/");
    expect(pages).toContain("/faq/page/2/");
    expect(pages).toContain("/articles/article-119/");
    expect(pages).toContain("/faq/question-orphan/");
    expect(pages.filter((page) => page.startsWith("/articles/article-"))).toHaveLength(ARTICLES);
  });
});
