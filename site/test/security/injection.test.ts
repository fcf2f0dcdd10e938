import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, tempDir } from "../helpers/buildSite.ts";
import { htmlFiles, listFiles } from "../helpers/siteFiles.ts";
import { hostileDataset, TITLE_BREAKOUT } from "./hostileDataset.ts";

let dist: string;
const pages = new Map<string, HTMLElement>();

beforeAll(async () => {
  const file = join(tempDir("hostile-"), "hostile.ndjson");
  writeFileSync(file, hostileDataset.map((doc) => JSON.stringify(doc)).join("\n"));
  dist = join(tempDir("hostile-site-"), "dist");
  const result = await buildSite(dist, { SANITY_DATASET_FILE: file, SANITY_PROJECT_ID: "", SANITY_DATASET: "" });
  expect(result.output).toContain("Site built into");
  for (const file of htmlFiles(dist)) pages.set(file, parse(readFileSync(join(dist, file), "utf8")));
});

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

  it("turns every hostile link into plain text", () => {
    const article = pages.get("articles/a-test-article/index.html")!;
    for (let index = 0; index < 9; index++) {
      const paragraph = article
        .querySelectorAll(".rich-text p")
        .find((p) => p.textContent.includes(`hostile link b${index}`));
      expect(paragraph, `b${index}`).toBeDefined();
      expect(paragraph!.querySelector("a"), `b${index}`).toBeNull();
    }
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
