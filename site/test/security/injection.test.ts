import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import type { RichTextValue } from "@patient-ed/content";
import { buildLinkTargets } from "../../src/lib/linkTargets.ts";
import { renderRichText } from "../../src/lib/richText/renderRichText.ts";
import { buildSite, tempDir } from "../helpers/buildSite.ts";
import { htmlFiles, listFiles, treeDigest } from "../helpers/siteFiles.ts";
import { HOSTILE_HREFS, hostileDataset, hostileLinkDataset, MARKUP_URL, TITLE_BREAKOUT } from "./hostileDataset.ts";

let dist: string;
const pages = new Map<string, HTMLElement>();

beforeAll(async () => {
  const file = join(tempDir("hostile-"), "hostile.ndjson");
  writeFileSync(file, hostileDataset.map((doc) => JSON.stringify(doc)).join("\n"));
  dist = join(tempDir("hostile-site-"), "dist");
  const result = await buildSite(dist, datasetEnv(file));
  expect(result.output).toContain("Site built into");
  for (const file of htmlFiles(dist)) pages.set(file, parse(readFileSync(join(dist, file), "utf8")));
});

function datasetEnv(file: string) {
  return { SANITY_DATASET_FILE: file, SANITY_PROJECT_ID: "", SANITY_DATASET: "" };
}

const DANGEROUS_URL = /^\s*(javascript|data|vbscript):/i;

describe("a site built from hostile content", () => {
  it("runs no script but its own: only JSON-LD blocks, and Pagefind's files on /search/", () => {
    for (const [file, page] of pages) {
      if (file.startsWith("pagefind")) continue;
      for (const script of page.querySelectorAll("script")) {
        const type = script.getAttribute("type");
        const src = script.getAttribute("src");
        const allowed =
          type === "application/ld+json" ||
          (file === "search/index.html" && src !== undefined && !script.innerHTML.trim());
        expect(allowed, `${file}: ${script.outerHTML.slice(0, 120)}`).toBe(true);
      }
    }
  });

  it("has no event-handler attributes and no javascript:, data: or vbscript: URLs", () => {
    for (const [file, page] of pages) {
      for (const element of page.querySelectorAll("*")) {
        for (const [name, value] of Object.entries(element.attributes)) {
          expect(name.toLowerCase().startsWith("on"), `${file}: ${name}`).toBe(false);
          if (["href", "src", "action", "formaction", "srcset"].includes(name.toLowerCase())) {
            expect(DANGEROUS_URL.test(value), `${file}: ${name}="${value}"`).toBe(false);
          }
        }
      }
    }
  });

  it("shows editors' markup as text, escaped", () => {
    const article = [...pages].find(([file]) => file.startsWith("articles/a-test-article"))![1];
    expect(article.querySelector("h1")!.textContent).toBe(TITLE_BREAKOUT);
    expect(article.querySelector(".disclaimer p")!.textContent).toContain(`<script>alert("xss")</script>`);
    const html = readFileSync(join(dist, "articles/a-test-article/index.html"), "utf8");
    expect(html).toContain("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    // Inside a quoted attribute "<" is only text; what matters is that no element was created from it.
    expect(article.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });

  it("keeps markup in a link's address inside its href", () => {
    const article = pages.get("articles/a-test-article/index.html")!;
    const link = article.querySelectorAll(".rich-text a").find((a) => a.textContent.includes("hostile link b"));
    expect(link?.getAttribute("href")).toBe(new URL(MARKUP_URL).href);
    expect(article.querySelector(".sources a")?.getAttribute("href")).toBe(MARKUP_URL);
  });

  it("refuses a javascript:, data: or vbscript: link, naming the document and each field, and keeps the site", async () => {
    const file = join(tempDir("hostile-links-"), "links.ndjson");
    writeFileSync(file, hostileLinkDataset.map((doc) => JSON.stringify(doc)).join("\n"));
    const before = treeDigest(dist);
    const { ok, output } = await buildSite(dist, datasetEnv(file));
    expect(ok).toBe(false);
    HOSTILE_HREFS.forEach((_, index) => {
      expect(output).toContain(
        `article "article-test" at body[${index}].markDefs[0].href: Must be a link starting with`,
      );
    });
    expect(output).toContain(
      `article "article-test" at references[0].url: Must be a web address starting with https://`,
    );
    expect(treeDigest(dist)).toBe(before);
  });

  it("renders every hostile link as plain text, should one ever reach the renderer", () => {
    const body = hostileLinkDataset.find((doc) => doc._type === "article")!.body as RichTextValue;
    const html = parse(renderRichText(body, buildLinkTargets([], [], [])));
    HOSTILE_HREFS.forEach((href, index) => {
      const paragraph = html.querySelectorAll("p").find((p) => p.textContent.includes(`hostile link b${index}`));
      expect(paragraph, href).toBeDefined();
      expect(paragraph!.querySelector("a"), href).toBeNull();
    });
  });

  it("keeps quotes and angle brackets in alt text, credentials and titles inside their attributes", () => {
    const article = pages.get("articles/a-test-article/index.html")!;
    expect(article.querySelector("figure")!.textContent).toContain(`Alt "with quotes" <script>alert(11)</script>`);
    expect(article.querySelector(".review-info")!.textContent).toContain(`MD <script>alert(3)</script> "&"`);
    expect(article.querySelector('meta[property="og:title"]')!.getAttribute("content")).toBe(TITLE_BREAKOUT);
  });

  it("writes JSON-LD that stays inside its script element and parses back to the exact title", () => {
    const html = readFileSync(join(dist, "articles/a-test-article/index.html"), "utf8");
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    const data = blocks.map((block) => JSON.parse(block) as { "@type": string; name?: string });
    expect(data.find((item) => item["@type"] === "MedicalWebPage")?.name).toBe(TITLE_BREAKOUT);
    for (const block of blocks) expect(block).not.toMatch(/<\/script/i);
  });

  it("carries a Content-Security-Policy without unsafe-inline scripts, as a meta tag and a headers file", () => {
    for (const [file, page] of pages) {
      const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content");
      expect(policy, file).toMatch(/script-src 'self'/);
      expect(policy, file).not.toMatch(/unsafe-inline/);
    }
    const headers = readFileSync(join(dist, "_headers"), "utf8");
    expect(headers).toMatch(/Content-Security-Policy: .*script-src 'self'/);
    expect(headers).toContain("frame-ancestors 'none'");
    expect(listFiles(dist)).toContain("_headers");
  });
});
