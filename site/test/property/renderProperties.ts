import assert from "node:assert/strict";
import type { Article, Faq, PageSignoff, RawDocument, RichTextValue } from "@patient-ed/content";
import fc from "fast-check";
import { NodeType, parse, type HTMLElement, type Node } from "node-html-parser";
import { validDataset } from "@patient-ed/testing/arbitraries";
import { runParameters, type RunOptions } from "@patient-ed/testing/property";
import { indexDocuments } from "@patient-ed/testing/site-index";
import type { Reviewed } from "@patient-ed/content/node";
import { formatDate } from "../../src/lib/dates.ts";
import { jsonLdHtml } from "../../src/lib/jsonLd.ts";
import { buildLinkTargets, type LinkTargets } from "../../src/lib/linkTargets.ts";
import { PAGE_ELEMENT_IDS } from "../../src/lib/richText/headings.ts";
import { renderRichText } from "../../src/lib/richText/renderRichText.ts";
import { safeExternalUrl } from "../../src/lib/richText/safeUrl.ts";
import { sourceLinks, type SourceRecord } from "../../src/lib/sourceLinks.ts";
import { faqPageLd, medicalWebPageLd } from "../../src/lib/structuredData.ts";
import { urls } from "../../src/lib/urls.ts";

/*
 * The site's rendering properties, shared by vitest and `pnpm fuzz`: for
 * generated valid content, rendered HTML carries no executable vector, shows
 * every piece of text escaped, and shows each page's disclaimer and dates.
 */

export type { RunOptions };

/** The .astro components the properties render; see astroComponents.ts. */
export type ComponentName = "Disclaimer" | "ReviewInfo" | "OverdueNotice" | "RichText" | "Sources" | "ReviewHistory";

export interface ComponentRenderer {
  render(component: ComponentName, props: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/** Elements rich text may produce: anything else came from the text itself. */
const RICH_TEXT_ELEMENTS = new Set([
  "h2",
  "h3",
  "h4",
  "p",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "code",
  "span",
  "del",
  "a",
  "div",
  "figure",
  "figcaption",
  "img",
  "br",
]);

/** Elements the rendered components may produce, around rich text. */
const COMPONENT_ELEMENTS = new Set([
  "section",
  "h2",
  "p",
  "div",
  "a",
  "time",
  "strong",
  "cite",
  // Where a long DOI or URL may break between its parts (Sources.astro).
  "wbr",
  ...RICH_TEXT_ELEMENTS,
]);

const RICH_TEXT_ATTRIBUTES = new Set([
  "id",
  "class",
  "href",
  "rel",
  "aria-hidden",
  "style",
  "src",
  "alt",
  "width",
  "height",
  "loading",
  "decoding",
]);

const URL_ATTRIBUTES = new Set(["href", "src", "srcset", "action", "formaction", "poster", "xlink:href", "data"]);

/** How a browser reads a URL attribute's scheme: controls and whitespace stripped, case folded. */
function schemeView(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
}

function elementsOf(root: HTMLElement): HTMLElement[] {
  return root.querySelectorAll("*");
}

function hasComment(node: Node): boolean {
  return node.nodeType === NodeType.COMMENT_NODE || node.childNodes.some(hasComment);
}

/** Where HTML came from: renderRichText's own markup, or an .astro component's. */
export type Markup = "richText" | "component";

/**
 * No way to run script: no script element, no event-handler attribute, no
 * javascript:, data: or vbscript: URL, no element or comment made from text.
 * Rich text escapes every `<`, so `<script` appears nowhere in it. Astro
 * escapes only `&` and `"` in attribute values: a `<script>` in a source's
 * URL stays inside the quoted attribute, where HTML parsers read it as text;
 * for components the check skips quoted attribute values.
 */
export function assertInert(html: string, markup: Markup = "richText"): HTMLElement {
  const outsideAttributes = markup === "richText" ? html : html.replace(/="[^"]*"/g, '=""');
  assert.doesNotMatch(outsideAttributes, /<script/i, "no <script in the HTML");
  const allowedElements = markup === "richText" ? RICH_TEXT_ELEMENTS : COMPONENT_ELEMENTS;
  const root = parse(html, { comment: true });
  assert.ok(!hasComment(root), "no comments: text never opens one");
  for (const element of elementsOf(root)) {
    const tag = element.tagName.toLowerCase();
    assert.ok(allowedElements.has(tag), `unexpected <${tag}> element`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      assert.ok(!attribute.startsWith("on"), `event handler attribute ${name}="${value}"`);
      if (markup === "richText") assert.ok(RICH_TEXT_ATTRIBUTES.has(attribute), `unexpected ${name}`);
      if (URL_ATTRIBUTES.has(attribute)) {
        const scheme = schemeView(value.trim());
        assert.doesNotMatch(scheme, /^(javascript|data|vbscript):/, `executable URL in ${name}="${value}"`);
        assert.match(
          value.trim(),
          /^(https:|mailto:|tel:|\/(?![/\\]))/i,
          `${name}="${value}" is https, mailto, tel or internal`,
        );
      }
    }
  }
  return root;
}

/** Text as a reader sees it: any run of whitespace is one space. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Every piece of text in a body a reader should see: spans, callout headings, image text. */
export function textsOf(body: RichTextValue): string[] {
  return body.flatMap((node): string[] => {
    if (node._type === "block") return node.children.map((span) => span.text);
    if (node._type === "callout") return [node.title, ...textsOf(node.body)];
    // A decorative image's alt text is not read (it has none on the page).
    const alt = node.decorative || node.alt === undefined ? [] : [node.alt];
    return [...alt, ...(node.caption === undefined ? [] : [node.caption])];
  });
}

function hrefsOf(body: RichTextValue): string[] {
  return body.flatMap((node): string[] => {
    if (node._type === "callout") return hrefsOf(node.body);
    if (node._type !== "block") return [];
    return (node.markDefs ?? []).flatMap((def) => (def._type === "link" ? [def.href] : []));
  });
}

/** Renders one body and checks it: inert, every text shown, every link one the content asked for. */
export function assertRichText(body: RichTextValue, targets: LinkTargets): void {
  const html = renderRichText(body, targets);
  const root = assertInert(html);
  const shown = normalise(
    [root.textContent, ...elementsOf(root).map((element) => element.getAttribute("alt") ?? "")].join(" "),
  );
  for (const text of textsOf(body)) {
    const expected = normalise(text);
    assert.ok(shown.includes(expected), `text ${JSON.stringify(text)} is shown, escaped`);
  }
  const allowedHrefs = new Set([
    ...[...targets.values()].map((target) => target.url),
    ...hrefsOf(body).flatMap((href) => safeExternalUrl(href) ?? []),
  ]);
  const ids = new Set<string>();
  for (const element of elementsOf(root)) {
    const href = element.getAttribute("href");
    if (href !== undefined) assert.ok(allowedHrefs.has(href), `href ${JSON.stringify(href)} came from the content`);
    if (href?.startsWith("https:")) assert.equal(element.getAttribute("rel"), "noopener");
    const id = element.getAttribute("id");
    if (id === undefined) continue;
    assert.ok(!ids.has(id), `id "${id}" is unique`);
    assert.ok(!PAGE_ELEMENT_IDS.includes(id), `heading id "${id}" is not one the page itself uses`);
    ids.add(id);
  }
}

/** Generated content through the site index, the build's own path, with every document read back from its store. */
export async function loadGenerated(documents: readonly RawDocument[]) {
  const { index, store, dispose } = await indexDocuments(documents, { description: "generated dataset" });
  const articles = index.articles.map((card) => store.read<Reviewed<Article>>(card._id));
  const faqs = index.faqs.map((card) => store.read<Reviewed<Faq>>(card._id));
  dispose();
  return { ...index, articles, faqs };
}

/**
 * Rich text of generated valid content renders with no executable vector,
 * every piece of text escaped, and links only where the content asked.
 */
export async function richTextIsInert(options: RunOptions): Promise<void> {
  await fc.assert(
    fc.asyncProperty(validDataset({ minArticles: 1 }), async (dataset) => {
      const content = await loadGenerated(dataset.documents);
      const targets = buildLinkTargets(content.articles, content.faqs, content.pages);
      for (const article of content.articles) assertRichText(article.body, targets);
      for (const faq of content.faqs) assertRichText(faq.answer, targets);
    }),
    runParameters(options),
  );
}

function onlyElement(root: HTMLElement, selector: string): HTMLElement {
  const found = root.querySelectorAll(selector);
  assert.equal(found.length, 1, `exactly one ${selector}`);
  return found[0] as HTMLElement;
}

interface ReviewedPage extends Pick<PageSignoff, "signoffStatus" | "reviewHistory"> {
  disclaimer: string;
  reviewer: { name: string; slug: string; credentials: string };
  lastReviewed: string;
  nextReviewDue: string;
  references: SourceRecord[] | null;
}

/**
 * Text as it reaches a reader: a page is UTF-8 bytes, in which a lone
 * surrogate (valid in JSON and JavaScript strings) can only be U+FFFD.
 */
function asSent(text: string): string {
  return text.toWellFormed();
}

async function assertPageParts(renderer: ComponentRenderer, page: ReviewedPage): Promise<void> {
  const disclaimer = assertInert(await renderer.render("Disclaimer", { text: page.disclaimer }), "component");
  assert.equal(
    onlyElement(disclaimer, ".disclaimer p").textContent,
    asSent(page.disclaimer),
    "the disclaimer, exactly",
  );

  const { reviewer: person, lastReviewed, nextReviewDue } = page;
  const review = assertInert(
    await renderer.render("ReviewInfo", { reviewer: person, lastReviewed, nextReviewDue, signedOff: true }),
    "component",
  );
  const reviewer = onlyElement(review, ".review-info__reviewer");
  assert.equal(onlyElement(reviewer, "a").textContent, asSent(page.reviewer.name));
  assert.equal(onlyElement(reviewer, "a").getAttribute("href"), urls.person(page.reviewer.slug));
  assert.ok(reviewer.textContent.endsWith(`, ${asSent(page.reviewer.credentials)}`), "the reviewer's credentials");
  const times = review.querySelectorAll("time");
  assert.deepEqual(
    times.map((time) => [time.getAttribute("datetime"), time.textContent]),
    [
      [page.lastReviewed, formatDate(page.lastReviewed)],
      [page.nextReviewDue, formatDate(page.nextReviewDue)],
    ],
  );
  const text = normalise(review.textContent);
  assert.ok(text.includes(`Page last reviewed: ${formatDate(page.lastReviewed)}`));
  assert.ok(text.includes(`Next review due: ${formatDate(page.nextReviewDue)}`));
  assert.equal(page.signoffStatus, "signed-off", "generated content is signed off");
  // Content its reviewer did not sign off names the reviewer but claims no review.
  const unsigned = assertInert(
    await renderer.render("ReviewInfo", { reviewer: person, lastReviewed, nextReviewDue, signedOff: false }),
    "component",
  );
  assert.ok(!unsigned.textContent.includes("Medically reviewed by"), "no review claimed when not signed off");
  assert.equal(onlyElement(unsigned, ".review-info__reviewer a").textContent, asSent(page.reviewer.name));
  const history = assertInert(await renderer.render("ReviewHistory", { entries: page.reviewHistory }), "component");
  assert.deepEqual(
    history.querySelectorAll("time").map((time) => time.getAttribute("datetime")),
    page.reviewHistory.map((entry) => entry.reviewedOn),
    "one dated entry per sign-off",
  );

  const overdue = assertInert(
    await renderer.render("OverdueNotice", { status: "overdue", lastReviewed: page.lastReviewed }),
    "component",
  );
  assert.equal(onlyElement(overdue, "time").textContent, formatDate(page.lastReviewed));

  const sources = page.references ?? [];
  const cited = assertInert(await renderer.render("Sources", { sources }), "component");
  const citedText = normalise(cited.textContent);
  for (const source of sources) assert.ok(citedText.includes(normalise(asSent(source.title))), "each source's title");
  assert.deepEqual(
    cited.querySelectorAll("a").map((link) => link.getAttribute("href")),
    sources.flatMap((source) => sourceLinks(source).map((link) => asSent(link.href))),
    "a link for each way to open a source, and no other",
  );
}

/**
 * Structured data for generated valid content serialises into a
 * <script type="application/ld+json"> that no text can end or comment out,
 * and parses back to the same data.
 */
export async function structuredDataIsInert(options: RunOptions): Promise<void> {
  const site = new URL("https://example.org/base/");
  await fc.assert(
    fc.asyncProperty(validDataset({ minArticles: 1 }), async (dataset) => {
      const content = await loadGenerated(dataset.documents);
      const answers = new Map(content.faqs.map((faq) => [faq._id, textsOf(faq.answer).join(" ")]));
      const data = [
        ...content.articles.map((article) => medicalWebPageLd(article, content.settings, site)),
        faqPageLd(content.faqs, answers, site),
      ];
      for (const item of data) {
        const script = jsonLdHtml(item);
        assert.ok(!script.includes("<"), "no < at all: nothing can close the script or open a comment");
        assert.doesNotMatch(script, /[\u2028\u2029]/, "no raw line or paragraph separators");
        assert.deepEqual(JSON.parse(script), JSON.parse(JSON.stringify(item)), "parses back to the same data");
      }
    }),
    runParameters(options),
  );
}

/**
 * Every generated valid article and FAQ entry renders, through the real
 * .astro components, with its disclaimer, reviewer, both review dates and
 * sources, escaped; its rich text renders inert inside the RichText component.
 */
export async function componentsShowDisclaimerAndDates(
  options: RunOptions,
  renderer: ComponentRenderer,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(validDataset({ minArticles: 1, maxArticles: 2, maxFaqs: 2 }), async (dataset) => {
      const content = await loadGenerated(dataset.documents);
      const targets = buildLinkTargets(content.articles, content.faqs, content.pages);
      for (const page of [...content.articles, ...content.faqs]) await assertPageParts(renderer, page);
      for (const article of content.articles) {
        const html = await renderer.render("RichText", { value: article.body, targets });
        assertInert(html, "component");
        const body = asSent(renderRichText(article.body, targets));
        assert.ok(html.includes(body), "the RichText component shows the rendered body");
      }
    }),
    runParameters(options),
  );
}
