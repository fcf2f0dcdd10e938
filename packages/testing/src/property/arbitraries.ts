import {
  addDays,
  addMonths,
  CALLOUT_TITLE_MAX_LENGTH,
  daysBetween,
  hasScheme,
  HELP_LABEL_MAX_LENGTH,
  LINK_SCHEMES,
  MAX_TEXT_LENGTH,
  QUESTION_MAX_LENGTH,
  isReservedSlug,
  RESERVED_SLUGS,
  textProblem,
  TITLE_MAX_LENGTH,
  WEB_SCHEMES,
} from "@patient-ed/content";
import fc from "fast-check";
import type { RawDocument } from "@patient-ed/content";
import { signedOff } from "../signoff.ts";

/*
 * Generators for property-based tests of the content contract: valid
 * Sanity-export documents full of hostile text, and mutators that break a
 * valid document in exactly one known way.
 */

// ---------------------------------------------------------------- text

/** Text that has broken renderers, validators and terminals elsewhere. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  // Right-to-left scripts and bidi controls
  "مرحبا بالعالم",
  "שלום עולם",
  "\u202Eevil\u202C",
  "\u200F",
  "\u2066isolate\u2069",
  // Combining marks and "Zalgo"
  "e\u0301",
  "Z\u0335\u0321\u031B\u0353\u0324",
  "\u0301",
  // Emoji, zero-width joiners, variation selectors
  "👩🏽‍⚕️",
  "👨‍👩‍👧‍👦",
  "🏳️‍⚧️",
  "\u200D",
  "\u200B",
  "\u2060",
  "\uFE0F",
  "\u00AD",
  "\uFEFF",
  // Astral plane and lone surrogates (JSON can carry "\ud800")
  "𝕳𝖊𝖑𝖑𝖔",
  "\uD800",
  "\uDFFF",
  "\uDBFF\uDFFF",
  // Markup, entities and URL schemes
  "<script>alert(1)</script>",
  "</p><script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)",
  '"',
  "'",
  "&",
  "&amp;",
  "&lt;script&gt;",
  "&#x3C;script&#x3E;",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "${process.exit()}",
  "{{constructor.constructor('alert(1)')()}}",
  "\\",
  // Controls and every kind of space and line break
  "\u0000",
  "\u0007",
  "\u001b[2J",
  "\r\n",
  "\n",
  "\t",
  "  ",
  "   ",
  "\u00A0",
  "\u2028",
  "\u2029",
  "\u3000",
  "\u3164",
  // Words that slugify to ids the page around a body already uses
  "Main content",
  "Sources heading",
  "Related",
  // Case and compatibility oddities
  "Ａｂｃ",
  "ǅ",
  "ß",
  "İ",
  "ﷺ",
];

/** Characters anyone sees: at least one makes text count as present. */
export const VISIBLE_CHARACTERS: readonly string[] = ["A", "z", "7", "é", "ж", "中", "ع", "א", "😀", "Ω", "ñ", "ß"];

/** Characters that render as nothing at all. */
export const INVISIBLE_CHARACTERS: readonly string[] = [
  " ",
  "\t",
  "\n",
  "\u00A0",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u2060",
  "\uFEFF",
  "\u00AD",
  "\u200E",
  "\u202E",
  "\u3000",
  "\u3164",
  "\u0000",
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

const anyFragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

/**
 * Characters the contract refuses in any text (control characters and lone
 * surrogates: rules.ts, textProblem), taken out so valid text stays valid.
 * Code point by code point, so a well-formed pair is never split.
 */
function withoutRefusedCharacters(text: string): string {
  return [...text].filter((character) => textProblem(character) === null).join("");
}

/** Any text, possibly empty, whitespace or invisible, with every character the contract refuses. */
export const anyText: fc.Arbitrary<string> = fc.array(anyFragment, { maxLength: 6 }).map((parts) => parts.join(""));

/** Any text a valid document may hold: possibly empty, whitespace or invisible, markup, bidi and line separators. */
export const unusualText: fc.Arbitrary<string> = anyText.map(withoutRefusedCharacters);

const visibleCharacter = fc.constantFrom(...VISIBLE_CHARACTERS);

/** A very long string: one fragment repeated to thousands of characters, within the contract's text limit. */
export const longText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...VISIBLE_CHARACTERS, ...HOSTILE_FRAGMENTS.map(withoutRefusedCharacters).filter(Boolean)),
    fc.integer({ min: 500, max: MAX_TEXT_LENGTH - 100 }),
  )
  .map(([unit, length]) => unit.repeat(Math.floor(length / Math.max(unit.length, 1))));

/** Text with at least one visible character: what a required text field accepts. */
export const requiredText: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.tuple(unusualText, visibleCharacter, unusualText).map(([a, v, b]) => a + v + b) },
  { weight: 1, arbitrary: fc.tuple(visibleCharacter, longText).map(([v, long]) => v + long) },
);

/** The first `max` UTF-16 code units, one fewer if that would cut a character's surrogate pair in half. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** Required text of at most `max` UTF-16 code units, the boundary included. */
function boundedText(max: number): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(unusualText, visibleCharacter, unusualText)
        .map(([a, v, b]) => clip(a, Math.floor((max - 2) / 2)) + v + clip(b, Math.floor((max - 2) / 2))),
    },
    { weight: 1, arbitrary: fc.integer({ min: 1, max }).map((length) => "a".repeat(length)) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: Math.floor(max / 2) }).map((count) => "😀".repeat(count)) },
  );
}

/** A title: required text of at most TITLE_MAX_LENGTH. */
export const titleText = boundedText(TITLE_MAX_LENGTH);
/** A question: at most QUESTION_MAX_LENGTH, ending with a question mark. */
export const questionText = boundedText(QUESTION_MAX_LENGTH - 1).map((text) => `${text}?`);

/** A summary: required text of at most 200 UTF-16 code units, the boundary included. */
export const summaryText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.tuple(unusualText, visibleCharacter, unusualText).map(([a, v, b]) => clip(a, 99) + v + clip(b, 99)),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 200 }).map((length) => "a".repeat(length)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100 }).map((count) => "😀".repeat(count)) },
);

// ---------------------------------------------------------------- slugs, ids and dates

const slugSegment = fc.stringMatching(/^[a-z0-9]{1,8}$/);

const SLUG_TYPES = Object.keys(RESERVED_SLUGS);

/** A slug that matches the contract: lower-case letters, numbers and single hyphens, none the site's routes use. */
export const validSlug: fc.Arbitrary<string> = fc
  .array(slugSegment, { minLength: 1, maxLength: 4 })
  .map((segments) => segments.join("-"))
  .filter((slug) => !SLUG_TYPES.some((type) => isReservedSlug(type, slug)));

export interface ReviewDates {
  lastReviewed: string;
  nextReviewDue: string;
}

const EARLIEST = "1950-01-01";
/** The last review is never after this day: a review in the future is refused, and tests run after it. */
export const LATEST_LAST_REVIEWED = "2026-06-30";
const DAYS_OF_DATES = daysBetween(EARLIEST, LATEST_LAST_REVIEWED);

/** Real calendar dates in the past, the next review after the last and within 24 months of it. */
export const reviewDates: fc.Arbitrary<ReviewDates> = fc
  .tuple(fc.integer({ min: 0, max: DAYS_OF_DATES }), fc.integer({ min: 1, max: 800 }))
  .map(([offset, gap]) => {
    const lastReviewed = addDays(EARLIEST, offset);
    const longest = daysBetween(lastReviewed, addMonths(lastReviewed, 24));
    return { lastReviewed, nextReviewDue: addDays(lastReviewed, Math.min(gap, longest)) };
  });

const instant = fc
  .date({ min: new Date("2015-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

// ---------------------------------------------------------------- Portable Text

export interface Reference {
  _type: "reference";
  _ref: string;
  _key?: string;
}

export interface SpanNode {
  _type: "span";
  _key: string;
  text: string;
  marks: string[];
}

export interface LinkDef {
  _type: "link";
  _key: string;
  href: string;
}

export interface InternalLinkDef {
  _type: "internalLink";
  _key: string;
  reference: Reference;
}

export type MarkDef = LinkDef | InternalLinkDef;

export interface BlockNode {
  _type: "block";
  _key: string;
  style: "normal" | "h2" | "h3";
  listItem?: "bullet" | "number";
  level?: number;
  markDefs: MarkDef[];
  children: SpanNode[];
}

export interface CalloutNode {
  _type: "callout";
  _key: string;
  level: "info" | "non-urgent" | "urgent" | "emergency";
  title: string;
  body: BlockNode[];
}

export interface ImageNode {
  _type: "image";
  _key: string;
  asset: Reference;
  alt: string;
  caption?: string;
}

export type BodyNode = BlockNode | CalloutNode | ImageNode;

/** URLs the renderer must keep. */
export const safeHref: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true }),
  fc.emailAddress().map((address) => `mailto:${address}`),
  fc.stringMatching(/^\+?[0-9]{3,15}$/).map((number) => `tel:${number}`),
);

/** Link targets a schema allows (any string) and the renderer must refuse or neutralise. */
export const HOSTILE_HREFS: readonly string[] = [
  "javascript:alert(1)",
  " JaVaScRiPt:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "\u0000javascript:alert(1)",
  "\u0001javascript:alert(1)",
  "javascript&colon;alert(1)",
  "&#106;avascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "vbscript:msgbox(1)",
  "http://example.org/insecure",
  "//evil.example/x",
  "/relative/path",
  "#fragment",
  "",
  "   ",
  'https://example.org/" onmouseover="alert(1)',
  "https://example.org/<script>alert(1)</script>",
  'mailto:"><script>alert(1)</script>',
  "tel:javascript:alert(1)",
  "https://user:pass@example.org/",
  "https://例え.jp/パス",
  "https://[::1]/",
  "https://example.org/%0Ajavascript:alert(1)",
  "https:javascript:alert(1)",
  "https:\\\\evil.example",
];

/** Links a valid document may hold: safe ones the contract accepts (rules.ts, hasScheme). */
const href = safeHref.filter((value) => hasScheme(value, LINK_SCHEMES));

/**
 * Ids an internal link may point at: the generated articles and FAQ entries
 * (which the site builds), people (which it does not link to from text) and
 * ids that exist nowhere.
 */
export const INTERNAL_LINK_IDS: readonly string[] = [
  "article-0",
  "article-1",
  "article-2",
  "faq-0",
  "faq-1",
  "person-0",
  "page-missing",
  "drafts.article-0",
  "siteSettings",
];

const markDef: fc.Arbitrary<Omit<LinkDef, "_key"> | Omit<InternalLinkDef, "_key">> = fc.oneof(
  href.map((value) => ({ _type: "link" as const, href: value })),
  fc
    .constantFrom(...INTERNAL_LINK_IDS)
    .map((ref) => ({ _type: "internalLink" as const, reference: { _type: "reference" as const, _ref: ref } })),
);

const DECORATORS = ["strong", "em", "code", "underline", "strike-through"];

/** Marks the renderer has no component for, or that name a mark type without a definition. */
const STRANGE_MARKS = ['"><img src=x onerror=alert(1)>', "onclick", "javascript:alert(1)", "link", "internalLink", "𝕳"];

const spanShape = fc.record({
  text: unusualText,
  decorators: fc.subarray(DECORATORS),
  defPicks: fc.array(fc.nat(), { maxLength: 2 }),
  strange: fc.option(fc.constantFrom(...STRANGE_MARKS), { nil: undefined, freq: 8 }),
});

function blockOf<Style extends BlockNode["style"], List extends NonNullable<BlockNode["listItem"]>>(
  styles: readonly Style[],
  lists: readonly List[],
): fc.Arbitrary<BlockNode> {
  return fc
    .record({
      style: fc.constantFrom(...styles),
      list: fc.option(fc.record({ listItem: fc.constantFrom(...lists), level: fc.integer({ min: 1, max: 3 }) }), {
        nil: undefined,
        freq: 3,
      }),
      defs: fc.array(markDef, { maxLength: 3 }),
      spans: fc.array(spanShape, { maxLength: 5 }),
    })
    .map(({ style, list, defs, spans }) => {
      const markDefs: MarkDef[] = defs.map((def, index) => ({ ...def, _key: `m${index}` }));
      const children: SpanNode[] = spans.map((span, index) => {
        const linked = markDefs.length === 0 ? [] : span.defPicks.map((pick) => `m${pick % markDefs.length}`);
        const marks = [
          ...new Set([...span.decorators, ...linked, ...(span.strange === undefined ? [] : [span.strange])]),
        ];
        return { _type: "span", _key: `s${index}`, text: span.text, marks };
      });
      const block: BlockNode = { _type: "block", _key: "", style, markDefs, children };
      if (list) {
        block.listItem = list.listItem;
        block.level = list.level;
      }
      return block;
    });
}

export const textBlock = blockOf(["normal", "normal", "h2", "h3"], ["bullet", "number"]);
const calloutTextBlock = blockOf(["normal"], ["bullet"]);

const callout: fc.Arbitrary<CalloutNode> = fc.record(
  {
    _type: fc.constant("callout" as const),
    _key: fc.constant(""),
    level: fc.constantFrom("info" as const, "non-urgent" as const, "urgent" as const, "emergency" as const),
    title: boundedText(CALLOUT_TITLE_MAX_LENGTH),
    body: fc.array(calloutTextBlock, { minLength: 1, maxLength: 3 }),
  },
  { noNullPrototype: true },
);

const ASSET_REFS = ["image-0123456789abcdef-800x600-jpg", "image-zz-1x1-png", "not-an-asset", "file-abc-pdf"];

const image: fc.Arbitrary<ImageNode> = fc
  .record({
    assetRef: fc.constantFrom(...ASSET_REFS),
    alt: requiredText,
    caption: fc.option(unusualText, { nil: undefined }),
  })
  .map(({ assetRef, alt, caption }) => {
    const node: ImageNode = { _type: "image", _key: "", asset: { _type: "reference", _ref: assetRef }, alt };
    if (caption !== undefined) node.caption = caption;
    return node;
  });

/** Gives every node (and every block inside a callout) a key unique in the body. */
function withKeys(nodes: readonly BodyNode[]): BodyNode[] {
  return nodes.map((node, index) => {
    const key = `k${index}`;
    if (node._type === "callout") {
      return { ...node, _key: key, body: node.body.map((block, inner) => ({ ...block, _key: `${key}c${inner}` })) };
    }
    return { ...node, _key: key };
  });
}

/** A valid rich-text body: blocks h2/h3/normal, lists, marks, links, callouts and images. */
export const richTextBody: fc.Arbitrary<BodyNode[]> = fc
  .array(
    fc.oneof({ weight: 6, arbitrary: textBlock }, { weight: 2, arbitrary: callout }, { weight: 1, arbitrary: image }),
    { minLength: 1, maxLength: 8 },
  )
  .map(withKeys);

/** Every piece of text a reader should see in a body, in document order. */
export function visibleTextsOf(body: readonly BodyNode[]): string[] {
  return body.flatMap((node): string[] => {
    if (node._type === "block") return node.children.map((span) => span.text);
    if (node._type === "callout") return [node.title, ...visibleTextsOf(node.body)];
    return [node.alt, ...(node.caption === undefined ? [] : [node.caption])];
  });
}

// ---------------------------------------------------------------- documents

const slugField = (current: string) => ({ _type: "slug", current });
const reference = (ref: string): Reference => ({ _type: "reference", _ref: ref });

/** An https address the contract accepts as a web page. */
const webUrl = fc
  .webUrl({ validSchemes: ["https"], withQueryParameters: true, withFragments: true })
  .filter((value) => hasScheme(value, WEB_SCHEMES));

const source = fc
  .record(
    {
      _type: fc.constant("source"),
      title: requiredText,
      publisher: unusualText,
      year: fc.integer({ min: 1900, max: 2100 }),
      url: webUrl,
      doi: fc.stringMatching(/^10\.[0-9]{4,6}\/[a-z0-9.-]{1,12}$/),
      pmid: fc.stringMatching(/^[0-9]{1,8}$/),
    },
    { requiredKeys: ["_type", "title"], noNullPrototype: true },
  )
  // A source can be found by at least one of its URL, DOI or PubMed ID.
  .filter((value) => Boolean(value.url || value.doi || value.pmid));

const sources = fc
  .array(source, { maxLength: 3 })
  .map((list) => list.map((item, index) => ({ ...item, _key: `r${index}` })));

const TIME_ZONES = [
  "UTC",
  "Europe/London",
  "America/New_York",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "Pacific/Kiritimati",
];

/** A help line: hostile text for who answers, a number as people dial it, call or text. */
const helpContact = fc.record(
  {
    _key: fc.string({ minLength: 1, maxLength: 8 }),
    _type: fc.constant("helpContact"),
    label: boundedText(HELP_LABEL_MAX_LENGTH),
    number: fc.constantFrom("999", "111", "988", "116 123", "+44 20 7946 0000"),
    kind: fc.constantFrom("call", "text"),
  },
  { noNullPrototype: true },
);

/** An email address or https address, with characters that must be escaped in an attribute. */
const contact = fc.constantFrom(
  "editorial@example.org",
  `x"onmouseover=alert(1)"@example.org`,
  "https://example.org/contact?a=1&b='2'",
);

const settingsFields = fc.record(
  {
    _updatedAt: instant,
    siteName: requiredText,
    publisher: fc.record({ name: requiredText, url: webUrl }, { noNullPrototype: true }),
    contact,
    urgentHelp: fc.array(helpContact, { minLength: 1, maxLength: 4 }),
    urgentHelpNote: unusualText,
    defaultDisclaimer: requiredText,
    reviewIntervalMonths: fc.integer({ min: 1, max: 24 }),
    // At least the review interval, and at least the 24 months reviewDates may leave between reviews.
    maxReviewIntervalMonths: fc.integer({ min: 24, max: 60 }),
    timeZone: fc.constantFrom(...TIME_ZONES),
    readingGradeTarget: fc.oneof(fc.integer({ min: 1, max: 18 }), fc.double({ min: 1, max: 18, noNaN: true })),
  },
  { requiredKeys: ["_updatedAt", "siteName", "publisher", "urgentHelp", "defaultDisclaimer"], noNullPrototype: true },
);

const personFields = fc.record(
  {
    _updatedAt: instant,
    name: requiredText,
    slug: validSlug,
    credentials: requiredText,
    role: unusualText,
    bio: unusualText,
  },
  { requiredKeys: ["_updatedAt", "name", "slug"], noNullPrototype: true },
);

/** Which other documents a document points at; resolved once the dataset's shape is known. */
const picks = {
  reviewer: fc.nat(),
  related: fc.array(fc.integer({ min: -1, max: 5 }), { maxLength: 3 }),
};

const articleFields = fc.record({
  _updatedAt: instant,
  title: titleText,
  slug: validSlug,
  summary: summaryText,
  body: richTextBody,
  disclaimer: requiredText,
  dates: reviewDates,
  references: fc.option(sources, { nil: undefined }),
  topics: fc.option(fc.array(unusualText, { maxLength: 3 }), { nil: undefined }),
  author: fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined }),
  ...picks,
});

const faqFields = fc.record({
  _updatedAt: instant,
  question: questionText,
  slug: validSlug,
  answer: richTextBody,
  disclaimer: requiredText,
  dates: reviewDates,
  references: fc.option(sources, { nil: undefined }),
  ...picks,
});

/** Documents the published perspective or the queries must ignore, however broken. */
const ignoredDocument = fc.record({
  prefix: fc.constantFrom("drafts.", "versions.r1."),
  type: fc.constantFrom("article", "faq", "person"),
  junk: fc.jsonValue(),
});

const unknownTypeDocument = fc
  .tuple(fc.constantFrom("sanity.imageAsset", "system.group", "media.tag"), fc.jsonValue())
  .map(([type, junk]) => ({ _type: type, junk }));

export interface GeneratedDataset {
  documents: RawDocument[];
  settings: RawDocument;
  people: RawDocument[];
  articles: RawDocument[];
  faqs: RawDocument[];
}

export interface DatasetOptions {
  minArticles?: number;
  minFaqs?: number;
  maxArticles?: number;
  maxFaqs?: number;
}

/** References to each id once, keyed `<prefix><n>`. */
function uniqueRefs(ids: readonly string[], keyPrefix: string): (Reference & { _key: string })[] {
  return [...new Set(ids)].map((id, key) => ({ ...reference(id), _key: `${keyPrefix}${key}` }));
}

/** Picks the id an index refers to; -1 (or no candidates) names a document that does not exist. */
function pickId(candidates: readonly RawDocument[], pick: number, missing: string): string {
  const chosen = pick < 0 ? undefined : candidates[pick % candidates.length];
  return chosen?._id ?? missing;
}

/**
 * A valid dataset (its articles and FAQ entries signed off): settings, 1-3 people (the first always with credentials),
 * articles and FAQ entries that reference them and each other, plus drafts
 * and documents of other types the contract must ignore.
 */
export function validDataset(options: DatasetOptions = {}): fc.Arbitrary<GeneratedDataset> {
  return fc
    .record({
      settings: settingsFields,
      people: fc.array(personFields, { minLength: 1, maxLength: 3 }),
      articles: fc.array(articleFields, { minLength: options.minArticles ?? 0, maxLength: options.maxArticles ?? 3 }),
      faqs: fc.array(faqFields, { minLength: options.minFaqs ?? 0, maxLength: options.maxFaqs ?? 3 }),
      ignored: fc.array(ignoredDocument, { maxLength: 2 }),
      unknown: fc.array(unknownTypeDocument, { maxLength: 1 }),
    })
    .map(({ settings, people, articles, faqs, ignored, unknown }) => {
      const settingsDoc: RawDocument = { _id: "siteSettings", _type: "siteSettings", ...settings };
      const peopleDocs: RawDocument[] = people.map((person, index) => {
        const { slug, credentials, ...rest } = person;
        const doc: RawDocument = {
          _id: `person-${index}`,
          _type: "person",
          ...rest,
          slug: slugField(`${slug}-${index}`),
        };
        // The first person always has credentials, so every dataset has someone to review.
        const withCredentials = index === 0 ? (credentials ?? "MD") : credentials;
        if (withCredentials !== undefined) doc.credentials = withCredentials;
        return doc;
      });
      const reviewers = peopleDocs.filter((person) => typeof person.credentials === "string");
      const articleIds = articles.map((_, index) => `article-${index}`);
      const faqIds = faqs.map((_, index) => `faq-${index}`);
      const articleDocs: RawDocument[] = articles.map((fields, index) => {
        const { dates, reviewer, author, related, slug, references, topics, ...rest } = fields;
        const doc: RawDocument = {
          _id: `article-${index}`,
          _type: "article",
          ...rest,
          slug: slugField(`${slug}-${index}`),
          reviewer: reference(pickId(reviewers, reviewer, "person-missing")),
          // Each FAQ entry once, as the Studio's unique() rule requires.
          faqs: uniqueRefs(
            related.map((pick) => (pick < 0 || faqIds.length === 0 ? "faq-missing" : `faq-${pick % faqIds.length}`)),
            "f",
          ),
          lastReviewed: dates.lastReviewed,
          nextReviewDue: dates.nextReviewDue,
        };
        // A missing author is allowed: it arrives as null.
        if (author !== undefined) doc.author = reference(pickId(peopleDocs, author, "person-missing"));
        if (references !== undefined) doc.references = references;
        if (topics !== undefined) doc.topics = topics;
        return doc;
      });
      const faqDocs: RawDocument[] = faqs.map((fields, index) => {
        const { dates, reviewer, related, slug, references, ...rest } = fields;
        const doc: RawDocument = {
          _id: `faq-${index}`,
          _type: "faq",
          ...rest,
          slug: slugField(`${slug}-${index}`),
          reviewer: reference(pickId(reviewers, reviewer, "person-missing")),
          relatedArticles: uniqueRefs(
            related.map((pick) =>
              pick < 0 || articleIds.length === 0 ? "article-missing" : `article-${pick % articleIds.length}`,
            ),
            "a",
          ),
          lastReviewed: dates.lastReviewed,
          nextReviewDue: dates.nextReviewDue,
        };
        if (references !== undefined) doc.references = references;
        return doc;
      });
      const ignoredDocs: RawDocument[] = [
        ...ignored.map(({ prefix, type, junk }, index) => ({
          _id: `${prefix}${type}-${index}`,
          _type: type,
          title: junk,
          disclaimer: null,
          slug: { current: "Not A Slug" },
        })),
        ...unknown.map((doc, index) => ({ ...doc, _id: `other-${index}` })),
      ];
      // Signed off by their reviewers, as published content is: what a page claims about its review is tested
      // where a test changes content after sign-off on purpose.
      const signedArticles = signedOff(articleDocs);
      const signedFaqs = signedOff(faqDocs);
      return {
        documents: [settingsDoc, ...peopleDocs, ...signedArticles, ...signedFaqs, ...ignoredDocs],
        settings: settingsDoc,
        people: peopleDocs,
        articles: signedArticles,
        faqs: signedFaqs,
      };
    });
}

// ---------------------------------------------------------------- breaking a document

export type BreakableType = "article" | "faq" | "person" | "siteSettings";

/** One way to break one document. Plain data, so a counterexample prints readably. */
export type Change =
  | { kind: "remove" }
  | { kind: "set"; value: unknown }
  | { kind: "appendToRichText"; node: unknown }
  | { kind: "datesOutOfOrder"; daysBack: number }
  | { kind: "setFields"; values: Record<string, unknown> }
  | { kind: "reviewerWithoutCredentials" }
  | { kind: "deleteDocument" };

export interface Breakage {
  type: BreakableType;
  /** Which document of that type (modulo how many there are). */
  pick: number;
  /** The field broken: the first segment of the issue path it must produce ("" for the whole document). */
  field: string;
  /** What was done, for people reading a counterexample. */
  what: string;
  change: Change;
  /** For an article or FAQ entry: a strange id to give it as well (ids are any string in a dataset file). */
  idPrefix?: string;
}

/** Ids a dataset file can carry though Sanity never makes them: quotes, newlines, markup, controls. */
export const STRANGE_IDS: readonly string[] = [
  'x"\n  - faq "faq-0" at disclaimer: Required\n',
  "with spaces ",
  "<script>alert(1)</script>",
  "é-ü-😀",
  "\u202Eevil",
  "a\r\nb",
  "\\",
];

const WRONG_TYPES: readonly unknown[] = [42, 0, -1.5, true, false, [], ["text"], [1, 2], {}, { text: "x" }];
const EMPTY_TEXTS: readonly string[] = ["", " ", "\t\n", "\u3000", "\u00A0"];

/** Text that is present but shows nothing: whitespace, zero-width and control characters only. */
export const invisibleText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...INVISIBLE_CHARACTERS), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(""));

/** Strings that are not real calendar dates in the form YYYY-MM-DD. */
export const impossibleDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "2026-02-30",
    "2026-02-29",
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "2026-1-5",
    "26-01-05",
    "15/01/2026",
    "2026-01-15T00:00:00Z",
    " 2026-01-15",
    "2026-01-15 ",
    "２０２６-01-15",
    "0000-00-00",
    "",
    "tomorrow",
    "NaN-NaN-NaN",
    "+02026-01-15",
  ),
  fc.integer({ min: 1000, max: 9999 }).map((year) => `${year}-02-30`),
  fc.integer({ min: 1000, max: 9999 }).map((year) => `${year}-${String(13 + (year % 87)).padStart(2, "0")}-01`),
  fc
    .integer({ min: 1000, max: 9999 })
    .filter((year) => year % 4 !== 0 || (year % 100 === 0 && year % 400 !== 0))
    .map((year) => `${year}-02-29`),
);

/** Slugs the contract refuses. */
export const invalidSlug: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "Not A Slug",
    "UPPER",
    "a--b",
    "-a",
    "a-",
    "-",
    "",
    " a",
    "a_b",
    "a/b",
    "a.b",
    "é",
    "ｓｌｕｇ",
    "a\u200Bb",
    "a\nb",
  ),
  fc
    .tuple(validSlug, fc.constantFrom("A", " ", "_", "--", "/", "é", "\u0000", "<"), fc.nat())
    .map(([slug, bad, at]) => {
      const index = at % (slug.length + 1);
      return slug.slice(0, index) + bad + slug.slice(index);
    }),
);

/** A summary over the 200-character limit. */
export const oversizedSummary: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(requiredText, fc.integer({ min: 201, max: 5_000 })).map(([text, length]) => text.padEnd(length, "x")),
  fc.integer({ min: 101, max: 2_000 }).map((count) => "😀".repeat(count)),
);

const okBlock = { _type: "block", _key: "ok", style: "normal", markDefs: [], children: [] };

/** Rich-text nodes the schema refuses. */
export const BROKEN_RICH_TEXT_NODES: readonly unknown[] = [
  { _type: "video", _key: "x1" },
  null,
  42,
  "text",
  [],
  { _key: "x1", children: [] },
  { _type: "block", children: [] },
  { _type: "block", _key: "x1", children: "text" },
  { _type: "block", _key: "x1", children: [{ _type: "span", _key: "s", text: 42 }] },
  { _type: "block", _key: "x1", children: [{ _type: "span", _key: "s" }] },
  { _type: "block", _key: "x1", children: [{ _type: "image", _key: "s", text: "x" }] },
  { _type: "block", _key: "x1", children: [{ _type: "span", _key: "s", text: "x", marks: "strong" }] },
  { _type: "block", _key: "x1", style: "h1", children: [] },
  { _type: "block", _key: "x1", style: "blockquote", children: [] },
  { _type: "block", _key: "x1", listItem: "square", children: [] },
  { _type: "block", _key: "x1", level: "2", children: [] },
  { _type: "block", _key: "x1", listItem: "bullet", level: 0, children: [] },
  { _type: "block", _key: "x1", listItem: "bullet", level: 1.5, children: [] },
  { _type: "block", _key: "x1", listItem: "bullet", level: 1e9, children: [] },
  {
    _type: "block",
    _key: "x1",
    children: [{ _type: "span", _key: "s", text: "x", marks: Array.from({ length: 11 }, (_, n) => `m${n}`) }],
  },
  // Those the contract refuses; some (https://[::1]/) are hostile only to a careless renderer.
  ...HOSTILE_HREFS.filter((href) => !hasScheme(href, LINK_SCHEMES)).map((href) => ({
    _type: "block",
    _key: "x1",
    markDefs: [{ _type: "link", _key: "m", href }],
    children: [{ _type: "span", _key: "s", text: "a link", marks: ["m"] }],
  })),
  { _type: "block", _key: "x1", children: [], markDefs: [{ _type: "link", _key: "m" }] },
  { _type: "block", _key: "x1", children: [], markDefs: [{ _type: "link", _key: "m", href: 42 }] },
  { _type: "block", _key: "x1", children: [], markDefs: [{ _type: "internalLink", _key: "m", reference: "x" }] },
  { _type: "block", _key: "x1", children: [], markDefs: [{ _type: "script", _key: "m" }] },
  { _type: "callout", _key: "x1", level: "critical", title: "T", body: [okBlock] },
  { _type: "callout", _key: "x1", level: "info", title: "", body: [okBlock] },
  { _type: "callout", _key: "x1", level: "info", body: [okBlock] },
  { _type: "callout", _key: "x1", level: "info", title: "T", body: [] },
  { _type: "callout", _key: "x1", level: "info", title: "T" },
  { _type: "callout", _key: "x1", level: "info", title: "T", body: [{ ...okBlock, style: "h2" }] },
  { _type: "callout", _key: "x1", level: "info", title: "T", body: [{ ...okBlock, listItem: "number" }] },
  { _type: "image", _key: "x1", asset: { _type: "reference", _ref: "image-a-1x1-png" } },
  { _type: "image", _key: "x1", asset: { _type: "reference", _ref: "image-a-1x1-png" }, alt: "" },
  { _type: "image", _key: "x1", alt: "A picture" },
];

function set(type: BreakableType, field: string, what: string, values: fc.Arbitrary<unknown>): fc.Arbitrary<Breakage> {
  return fc
    .tuple(fc.nat(), values)
    .map(([pick, value]): Breakage => ({ type, pick, field, what, change: { kind: "set", value } }));
}

function remove(type: BreakableType, fields: readonly string[]): fc.Arbitrary<Breakage> {
  return fc
    .tuple(fc.nat(), fc.constantFrom(...fields))
    .map(([pick, field]): Breakage => ({ type, pick, field, what: "removed", change: { kind: "remove" } }));
}

/** Wrong types for a field; `null` too when the field is required (null means missing). */
function wrongType(type: BreakableType, fields: readonly string[], nullIsWrong = true): fc.Arbitrary<Breakage> {
  const values = nullIsWrong ? [...WRONG_TYPES, null] : WRONG_TYPES;
  return fc
    .tuple(fc.nat(), fc.constantFrom(...fields), fc.constantFrom(...values))
    .map(([pick, field, value]): Breakage => ({
      type,
      pick,
      field,
      what: "wrong type",
      change: { kind: "set", value },
    }));
}

function blankText(type: BreakableType, fields: readonly string[]): fc.Arbitrary<Breakage> {
  return fc
    .tuple(fc.nat(), fc.constantFrom(...fields), fc.oneof(fc.constantFrom(...EMPTY_TEXTS), invisibleText))
    .map(([pick, field, value]): Breakage => ({
      type,
      pick,
      field,
      what: "blank text",
      change: { kind: "set", value },
    }));
}

/** Text no page can show: a control character or half of a UTF-16 pair, somewhere in otherwise fine text. */
export const REFUSED_TEXTS: readonly string[] = [
  "Bell\u0007",
  "\u0000",
  "Clear \u001b[2J",
  "Half \uD800 pair",
  "\uDFFF",
  "DEL\u007F",
];

function refusedText(type: BreakableType, fields: readonly string[]): fc.Arbitrary<Breakage> {
  return fc
    .tuple(fc.nat(), fc.constantFrom(...fields), fc.constantFrom(...REFUSED_TEXTS))
    .map(([pick, field, value]): Breakage => ({
      type,
      pick,
      field,
      what: "a character no page can show",
      change: { kind: "set", value },
    }));
}

function reviewedBreakage(type: "article" | "faq"): fc.Arbitrary<Breakage> {
  const heading = type === "article" ? "title" : "question";
  const richText = type === "article" ? "body" : "answer";
  const texts = type === "article" ? [heading, "disclaimer", "summary"] : [heading, "disclaimer"];
  const required = [...texts, "reviewer", "lastReviewed", "nextReviewDue", "slug", richText];
  const dateField = fc.constantFrom("lastReviewed", "nextReviewDue");
  return fc.oneof(
    remove(type, required),
    wrongType(type, required),
    blankText(type, texts),
    fc.tuple(fc.nat(), dateField, impossibleDate).map(([pick, field, value]): Breakage => ({
      type,
      pick,
      field,
      what: "impossible date",
      change: { kind: "set", value },
    })),
    fc.tuple(fc.nat(), fc.nat({ max: 3_000 })).map(([pick, daysBack]): Breakage => ({
      type,
      pick,
      field: "nextReviewDue",
      what: "next review not after the last",
      change: { kind: "datesOutOfOrder", daysBack },
    })),
    fc.tuple(fc.nat(), fc.integer({ min: 2100, max: 2199 })).map(([pick, year]): Breakage => ({
      type,
      pick,
      field: "lastReviewed",
      what: "a last review in the future",
      change: { kind: "setFields", values: { lastReviewed: `${year}-01-01`, nextReviewDue: `${year}-06-01` } },
    })),
    fc.tuple(fc.nat(), fc.integer({ min: 61, max: 600 })).map(([pick, months]): Breakage => ({
      type,
      pick,
      field: "nextReviewDue",
      what: "a next review beyond the longest interval settings allow (60 months)",
      change: {
        kind: "setFields",
        values: { lastReviewed: "2020-01-01", nextReviewDue: addMonths("2020-01-01", months) },
      },
    })),
    refusedText(type, texts),
    set(type, "slug", "a slug the site's routes use", fc.constant(slugField("page"))),
    set(
      type,
      "references",
      "a source with no URL, DOI or PubMed ID",
      fc.constant([{ _type: "source", _key: "r", title: "T" }]),
    ),
    set(
      type,
      "references",
      "a source whose URL is not https",
      fc
        .constantFrom(
          "http://example.org/",
          "javascript:alert(1)",
          "ftp://example.org/",
          "https://user:pw@example.org/",
        )
        .map((url) => [{ _type: "source", _key: "r", title: "T", url }]),
    ),
    set(
      type,
      "slug",
      "invalid slug",
      invalidSlug.map((current) => slugField(current)),
    ),
    set(
      type,
      "reviewer",
      "reference to a missing person",
      fc
        .constantFrom("person-missing", "drafts.person-0", "", "siteSettings", "article-0", "faq-0")
        .map((ref) => reference(ref)),
    ),
    fc.nat().map((pick): Breakage => ({
      type,
      pick,
      field: "reviewer",
      what: "reviewer without credentials",
      change: { kind: "reviewerWithoutCredentials" },
    })),
    fc.tuple(fc.nat(), fc.constantFrom(...BROKEN_RICH_TEXT_NODES)).map(([pick, node]): Breakage => ({
      type,
      pick,
      field: richText,
      what: "broken rich text",
      change: { kind: "appendToRichText", node },
    })),
    ...(type === "article"
      ? [
          set(type, "summary", "oversized summary", oversizedSummary),
          set(type, "title", "a title over the limit", fc.constant("T".repeat(TITLE_MAX_LENGTH + 1))),
        ]
      : [
          set(
            type,
            "question",
            "a question without a question mark",
            fc.constantFrom("Why", "Is it safe?.", "What? No"),
          ),
          set(type, "question", "a question over the limit", fc.constant(`${"Q".repeat(QUESTION_MAX_LENGTH)}?`)),
        ]),
  );
}

const personBreakage: fc.Arbitrary<Breakage> = fc.oneof(
  remove("person", ["name", "slug"]),
  wrongType("person", ["name", "slug"]),
  wrongType("person", ["credentials", "role", "bio"], false),
  blankText("person", ["name"]),
  refusedText("person", ["name", "credentials", "bio"]),
  set(
    "person",
    "slug",
    "invalid slug",
    invalidSlug.map((current) => slugField(current)),
  ),
  set(
    "person",
    "photo",
    "a photo (pages cannot show one yet)",
    fc.constant({ _type: "image", asset: reference("image-a-1x1-png") }),
  ),
);

const settingsBreakage: fc.Arbitrary<Breakage> = fc.oneof(
  remove("siteSettings", ["siteName", "publisher", "urgentHelp", "defaultDisclaimer"]),
  wrongType("siteSettings", ["siteName", "publisher", "urgentHelp", "defaultDisclaimer"]),
  wrongType("siteSettings", ["contact"], false),
  blankText("siteSettings", ["siteName", "defaultDisclaimer"]),
  set(
    "siteSettings",
    "publisher",
    "publisher without a name",
    fc.constantFrom({ url: "https://example.org" }, { name: "", url: "https://example.org" }, { name: "P" }),
  ),
  set(
    "siteSettings",
    "timeZone",
    "not a time zone",
    fc.constantFrom("Mars/Olympus_Mons", "Europe/Londn", "GMT+25", "utc ", "\u0000", 42, []),
  ),
  fc
    .tuple(
      fc.nat(),
      fc.constantFrom("reviewIntervalMonths", "maxReviewIntervalMonths", "readingGradeTarget"),
      fc.constantFrom(0, -1, "12", [], {}, true),
    )
    .map(([pick, field, value]): Breakage => ({
      type: "siteSettings",
      pick,
      field,
      what: "not a positive number",
      change: { kind: "set", value },
    })),
  set("siteSettings", "reviewIntervalMonths", "not a whole number", fc.constantFrom(1.5, 0.1)),
  set("siteSettings", "maxReviewIntervalMonths", "over the range", fc.constantFrom(61, 1000)),
  set("siteSettings", "readingGradeTarget", "over the range", fc.constantFrom(18.5, 99)),
  fc.constant<Breakage>({
    type: "siteSettings",
    pick: 0,
    field: "maxReviewIntervalMonths",
    what: "a maximum interval shorter than the review interval",
    change: { kind: "setFields", values: { reviewIntervalMonths: 12, maxReviewIntervalMonths: 6 } },
  }),
  set(
    "siteSettings",
    "publisher",
    "a publisher address that is not https",
    fc.constantFrom("http://example.org", "example.org", "javascript:alert(1)").map((url) => ({ name: "P", url })),
  ),
  refusedText("siteSettings", ["siteName", "defaultDisclaimer", "urgentHelpNote"]),
  fc.constant<Breakage>({
    type: "siteSettings",
    pick: 0,
    field: "",
    what: "no settings document",
    change: { kind: "deleteDocument" },
  }),
);

/** One way to break one article, FAQ entry, person or the settings. */
export const breakage: fc.Arbitrary<Breakage> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: reviewedBreakage("article") },
      { weight: 3, arbitrary: reviewedBreakage("faq") },
      { weight: 1, arbitrary: personBreakage },
      { weight: 1, arbitrary: settingsBreakage },
    ),
    fc.option(fc.constantFrom(...STRANGE_IDS), { nil: undefined, freq: 4 }),
  )
  .map(([broken, idPrefix]) =>
    idPrefix !== undefined && (broken.type === "article" || broken.type === "faq") ? { ...broken, idPrefix } : broken,
  );

export interface BrokenDataset {
  documents: RawDocument[];
  /** The id and type of the broken document, and the field the issue must name. */
  id: string;
  type: BreakableType;
  field: string;
}

function documentsOfType(dataset: GeneratedDataset, type: BreakableType): RawDocument[] {
  switch (type) {
    case "article":
      return dataset.articles;
    case "faq":
      return dataset.faqs;
    case "person":
      return dataset.people;
    case "siteSettings":
      return [dataset.settings];
  }
}

/** Applies one breakage to a copy of the dataset. Needs at least one document of the type broken. */
export function breakDataset(dataset: GeneratedDataset, broken: Breakage): BrokenDataset {
  const candidates = documentsOfType(dataset, broken.type);
  const target = candidates[broken.pick % candidates.length];
  if (!target) throw new Error(`The dataset has no ${broken.type} to break.`);
  const copy = structuredClone(target);
  const extra: RawDocument[] = [];
  const change = broken.change;
  switch (change.kind) {
    case "remove":
      delete copy[broken.field];
      break;
    case "set":
      copy[broken.field] = change.value;
      break;
    case "appendToRichText": {
      const current = copy[broken.field];
      copy[broken.field] = [...(Array.isArray(current) ? current : []), change.node];
      break;
    }
    case "datesOutOfOrder":
      copy.nextReviewDue = addDays(String(copy.lastReviewed), -change.daysBack);
      break;
    case "setFields":
      Object.assign(copy, change.values);
      break;
    case "reviewerWithoutCredentials":
      extra.push({
        _id: "person-without-credentials",
        _type: "person",
        _updatedAt: "2026-01-15T09:00:00Z",
        name: "No Credentials",
        slug: slugField("no-credentials"),
      });
      copy.reviewer = reference("person-without-credentials");
      break;
    case "deleteDocument":
      break;
  }
  // Only articles and FAQ entries are renamed: nothing validated refers to them by id.
  if (broken.idPrefix !== undefined) copy._id = `${broken.idPrefix}${target._id}`;
  const documents = dataset.documents.flatMap((doc) => {
    if (doc._id !== target._id) return [doc];
    return change.kind === "deleteDocument" ? [] : [copy];
  });
  return { documents: [...documents, ...extra], id: copy._id, type: broken.type, field: broken.field };
}

// ---------------------------------------------------------------- NDJSON text

/** Arbitrary text that may or may not be an NDJSON dataset. */
export const ndjsonText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .array(
      fc.oneof(
        fc.json(),
        fc.jsonValue().map((value) => JSON.stringify({ _id: value, _type: "article" })),
        fc.tuple(unusualText, unusualText).map(([id, type]) => JSON.stringify({ _id: id, _type: type })),
        fc.constantFrom(
          "",
          " ",
          "\r",
          "{",
          "}",
          "[",
          "null",
          "[]",
          '"text"',
          '{"_id":1,"_type":"x"}',
          '{"_id":"a","_type":"b"}',
          '{"_id":"a","_type":"b"}\r',
          '{"_id":"a\\nb","_type":"b"}',
          '{"_id":"x\\"\\n  - injected.ndjson:1: fake","_type":"b"}',
          '{"_id":"__proto__","_type":"b"}',
          '{"__proto__":{"_id":"p","_type":"q"}}',
          "\uFEFF{}",
          "\u0000",
          "\u2028",
        ),
      ),
      { maxLength: 8 },
    )
    .map((lines) => lines.join("\n")),
  fc.tuple(validDataset({ maxArticles: 1, maxFaqs: 1 }), fc.nat()).map(([dataset, cut]) => {
    const text = dataset.documents.map((doc) => JSON.stringify(doc)).join("\n");
    return text.slice(0, cut % (text.length + 1));
  }),
  fc.integer({ min: 1, max: 50_000 }).map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc
    .integer({ min: 1, max: 50_000 })
    .map((depth) => `{"_id":"d","_type":"t","x":${"[".repeat(depth)}${"]".repeat(depth)}}`),
);
