import assert from "node:assert/strict";
import { getRssString } from "@astrojs/rss";
import { validDataset } from "@patient-ed/testing/arbitraries";
import { runParameters, type RunOptions } from "@patient-ed/testing/property";
import { XMLParser } from "fast-xml-parser";
import fc from "fast-check";
import { parse as parseHtml, type ParserError } from "parse5";
import { SaxesParser } from "saxes";
import { articleFeed } from "../../src/lib/feed.ts";
import { jsonLdHtml } from "../../src/lib/jsonLd.ts";
import { buildLinkTargets } from "../../src/lib/linkTargets.ts";
import { renderRichText } from "../../src/lib/richText/renderRichText.ts";
import { sitemapXml } from "../../src/lib/sitemap.ts";
import { faqPageLd, medicalWebPageLd } from "../../src/lib/structuredData.ts";
import { urls } from "../../src/lib/urls.ts";
import { loadGenerated, textsOf } from "./renderProperties.ts";

/*
 * Every output format the site writes parses with a real parser of that
 * format, for generated valid content: HTML by parse5 (the WHATWG parsing
 * algorithm, reporting every parse error), the feed and the sitemap by a strict XML
 * parser, and JSON-LD as JSON. Text a patient never sees can still break a
 * feed reader or a search engine's crawl.
 */

const SITE = new URL("https://example.org/base/");

/** Parse errors of a whole HTML document, as the WHATWG algorithm reports them. */
function htmlParseErrors(html: string): string[] {
  const errors: string[] = [];
  parseHtml(html, {
    onParseError: (error: ParserError) => errors.push(`${error.code} at offset ${error.startOffset}`),
  });
  return errors;
}

function page(title: string, head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;
}

/** Errors of a strict, namespace-aware XML 1.0 parser (saxes, which jsdom uses): any at all is a broken file. */
function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

function assertXml(xml: string, what: string): unknown {
  assert.deepEqual(xmlErrors(xml), [], `${what} is well-formed XML`);
  return new XMLParser({ trimValues: false, parseTagValue: false, processEntities: true }).parse(xml);
}

/** XML parsers read every line break as a line feed (XML 1.0, 2.11): compare text as they read it. */
const asXmlReads = (text: string) => text.replace(/\r\n?/g, "\n");

export async function everyOutputParses(options: RunOptions): Promise<void> {
  await fc.assert(
    fc.asyncProperty(validDataset({ minArticles: 1 }), async (dataset) => {
      const content = await loadGenerated(dataset.documents);
      const targets = buildLinkTargets(content.articles, content.faqs, content.pages);
      const answers = new Map(content.faqs.map((faq) => [faq._id, textsOf(faq.answer).join(" ")]));

      for (const article of content.articles) {
        const data = medicalWebPageLd(article, content.settings, SITE);
        const script = jsonLdHtml(data);
        assert.deepEqual(JSON.parse(script), JSON.parse(JSON.stringify(data)), "JSON-LD parses back as JSON");
        const html = page(
          "Article",
          `<script type="application/ld+json">${script}</script>`,
          renderRichText(article.body, targets),
        );
        assert.deepEqual(htmlParseErrors(html), [], `article ${article._id} parses as HTML without errors`);
      }
      for (const faq of content.faqs) {
        const html = page("FAQ", "", renderRichText(faq.answer, targets));
        assert.deepEqual(htmlParseErrors(html), [], `FAQ ${faq._id} parses as HTML without errors`);
      }
      const faqLd = jsonLdHtml(faqPageLd(content.faqs, answers, SITE));
      assert.deepEqual(htmlParseErrors(page("FAQ", `<script type="application/ld+json">${faqLd}</script>`, "")), []);

      const feed = assertXml(
        await getRssString(articleFeed(content.settings.siteName, content.articles, SITE)),
        "the feed",
      ) as {
        rss: { channel: { title: string; item?: { title: string } | { title: string }[] } };
      };
      const items = [feed.rss.channel.item ?? []].flat();
      assert.deepEqual(
        items.map((item) => item.title).sort(),
        content.articles.map((article) => asXmlReads(article.title)).sort(),
        "the feed's item titles read back exactly",
      );
      assert.equal(feed.rss.channel.title, asXmlReads(`${content.settings.siteName}: articles`));

      const entries = content.articles.map((article) => ({
        loc: new URL(urls.article(article.slug), SITE).href,
        lastmod: article.lastReviewed,
      }));
      assertXml(sitemapXml(entries), "the sitemap");
    }),
    runParameters(options),
  );
}
