import {
  CALLOUT_TITLE_MAX_LENGTH,
  HELP_LABEL_MAX_LENGTH,
  MAX_BLOCKS,
  MAX_MARKS_PER_SPAN,
  MAX_NESTING_DEPTH,
  MAX_TEXT_LENGTH,
  QUESTION_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type RawDocument,
} from "@patient-ed/content";
import { beforeAll, describe, expect, it } from "vitest";
import { contractRefuses, studioRefuses } from "./helpers/refusals.ts";
import { DOCUMENT_IDS, maximalDataset } from "./helpers/maximalDocuments.ts";

/*
 * Every rule the Studio enforces, the build enforces too, at the same field:
 * each case breaks one rule in an otherwise valid dataset (every field the
 * Studio offers filled in, see maximalDocuments.ts) and both must refuse it
 * there. A rule only the Studio knows would let an import, an API write or a
 * damaged dataset publish what no editor could; one only the build knows
 * would break every build on content an editor was allowed to publish.
 */

type Doc = Record<string, unknown>;

const block = (key: string, fields: Doc = {}, spanFields: Doc = {}): Doc => ({
  _type: "block",
  _key: key,
  style: "normal",
  markDefs: [],
  children: [{ _type: "span", _key: `${key}s`, text: "Some words.", marks: [], ...spanFields }],
  ...fields,
});

const linkBlock = (href: string): Doc =>
  block("lk", { markDefs: [{ _type: "link", _key: "m", href }] }, { text: "a link", marks: ["m"] });

/** A value nested `depth` levels deep. */
const nested = (depth: number): unknown => (depth === 0 ? "deep" : { inner: nested(depth - 1) });

interface Case {
  rule: string;
  id: string;
  /** The field both must name. */
  field: string;
  change: (doc: Doc) => Doc;
}

const { article, faq, page, person, siteSettings } = DOCUMENT_IDS;
const appendToBody =
  (...blocks: Doc[]) =>
  (doc: Doc) => ({ ...doc, body: [...(doc.body as Doc[]), ...blocks] });
const source = (fields: Doc) => (doc: Doc) => ({
  ...doc,
  references: [{ _type: "source", _key: "src", title: "T", ...fields }],
});

const CASES: Case[] = [
  {
    rule: "title length",
    id: article,
    field: "title",
    change: (d) => ({ ...d, title: "T".repeat(TITLE_MAX_LENGTH + 1) }),
  },
  {
    rule: "page title length",
    id: page,
    field: "title",
    change: (d) => ({ ...d, title: "T".repeat(TITLE_MAX_LENGTH + 1) }),
  },
  { rule: "question mark", id: faq, field: "question", change: (d) => ({ ...d, question: "Is it safe" }) },
  {
    rule: "question length",
    id: faq,
    field: "question",
    change: (d) => ({ ...d, question: `${"Q".repeat(QUESTION_MAX_LENGTH)}?` }),
  },
  {
    rule: "reserved article slug",
    id: article,
    field: "slug",
    change: (d) => ({ ...d, slug: { _type: "slug", current: "page" } }),
  },
  {
    rule: "reserved FAQ slug",
    id: faq,
    field: "slug",
    change: (d) => ({ ...d, slug: { _type: "slug", current: "page" } }),
  },
  {
    rule: "reserved page slug",
    id: page,
    field: "slug",
    change: (d) => ({ ...d, slug: { _type: "slug", current: "search" } }),
  },
  {
    rule: "reserved page slug (sitemaps)",
    id: page,
    field: "slug",
    change: (d) => ({ ...d, slug: { _type: "slug", current: "sitemaps" } }),
  },
  {
    rule: "last review in the future",
    id: article,
    field: "lastReviewed",
    change: (d) => ({ ...d, lastReviewed: "2199-01-01", nextReviewDue: "2199-03-01" }),
  },
  {
    rule: "next review beyond the maximum interval",
    id: faq,
    field: "nextReviewDue",
    change: (d) => ({ ...d, lastReviewed: "2026-01-01", nextReviewDue: "2031-01-01" }),
  },
  { rule: "http link", id: article, field: "body", change: appendToBody(linkBlock("http://example.org/")) },
  { rule: "javascript link", id: article, field: "body", change: appendToBody(linkBlock("javascript:alert(1)")) },
  {
    rule: "link with credentials",
    id: article,
    field: "body",
    change: appendToBody(linkBlock("https://user:pw@example.org/")),
  },
  { rule: "link with spaces", id: article, field: "body", change: appendToBody(linkBlock("https://example.org/a b")) },
  {
    rule: "list level 0",
    id: article,
    field: "body",
    change: appendToBody(block("l0", { listItem: "bullet", level: 0 })),
  },
  {
    rule: "list level 1.5",
    id: faq,
    field: "answer",
    change: (d) => ({ ...d, answer: [...(d.answer as Doc[]), block("lf", { listItem: "bullet", level: 1.5 })] }),
  },
  {
    rule: "list level 99",
    id: article,
    field: "body",
    change: appendToBody(block("l9", { listItem: "number", level: 99 })),
  },
  {
    rule: "marks per span",
    id: article,
    field: "body",
    change: appendToBody(block("mk", {}, { marks: Array.from({ length: MAX_MARKS_PER_SPAN + 1 }, (_, n) => `d${n}`) })),
  },
  {
    rule: "blocks per field",
    id: page,
    field: "body",
    change: (d) => ({ ...d, body: Array.from({ length: MAX_BLOCKS + 1 }, (_, n) => block(`b${n}`)) }),
  },
  {
    rule: "text length",
    id: article,
    field: "body",
    change: appendToBody(block("ln", {}, { text: "w ".repeat(MAX_TEXT_LENGTH) })),
  },
  {
    rule: "nesting depth",
    id: article,
    field: "body",
    change: appendToBody(block("dp", { extra: nested(MAX_NESTING_DEPTH) })),
  },
  {
    rule: "callout title length",
    id: article,
    field: "body",
    change: appendToBody({
      _type: "callout",
      _key: "co",
      level: "info",
      title: "C".repeat(CALLOUT_TITLE_MAX_LENGTH + 1),
      body: [block("cob")],
    }),
  },
  { rule: "control character", id: article, field: "title", change: (d) => ({ ...d, title: "Ketamine\u0007" }) },
  {
    rule: "control character in a span",
    id: faq,
    field: "answer",
    change: (d) => ({ ...d, answer: [block("cc", {}, { text: "a\u001b[2Jb" })] }),
  },
  {
    rule: "lone surrogate",
    id: article,
    field: "disclaimer",
    change: (d) => ({ ...d, disclaimer: "Half \uD800 a pair" }),
  },
  { rule: "control character in a bio", id: person, field: "bio", change: (d) => ({ ...d, bio: "Bio\u0000" }) },
  { rule: "source URL not https", id: article, field: "references", change: source({ url: "http://example.org/" }) },
  { rule: "source without identifiers", id: faq, field: "references", change: source({}) },
  { rule: "source year", id: article, field: "references", change: source({ doi: "10.1000/x", year: 1800 }) },
  { rule: "source DOI", id: article, field: "references", change: source({ doi: "not a doi" }) },
  { rule: "source PubMed ID", id: faq, field: "references", change: source({ pmid: "PMC123" }) },
  {
    rule: "FAQ listed twice",
    id: article,
    field: "faqs",
    change: (d) => ({
      ...d,
      faqs: [
        { _type: "reference", _ref: faq, _key: "f1" },
        { _type: "reference", _ref: faq, _key: "f2" },
      ],
    }),
  },
  {
    rule: "publisher address not https",
    id: siteSettings,
    field: "publisher",
    change: (d) => ({ ...d, publisher: { name: "P", url: "http://example.org/" } }),
  },
  { rule: "time zone", id: siteSettings, field: "timeZone", change: (d) => ({ ...d, timeZone: "Mars/Olympus_Mons" }) },
  {
    rule: "maximum interval shorter than the interval",
    id: siteSettings,
    field: "maxReviewIntervalMonths",
    change: (d) => ({ ...d, reviewIntervalMonths: 12, maxReviewIntervalMonths: 6 }),
  },
  {
    rule: "review interval range",
    id: siteSettings,
    field: "reviewIntervalMonths",
    change: (d) => ({ ...d, reviewIntervalMonths: 61 }),
  },
  {
    rule: "reading grade range",
    id: siteSettings,
    field: "readingGradeTarget",
    change: (d) => ({ ...d, readingGradeTarget: 19 }),
  },
  {
    rule: "help line label length",
    id: siteSettings,
    field: "urgentHelp",
    change: (d) => ({
      ...d,
      urgentHelp: [
        { _type: "helpContact", _key: "h", label: "L".repeat(HELP_LABEL_MAX_LENGTH + 1), number: "111", kind: "call" },
      ],
    }),
  },
  {
    rule: "control character in a setting",
    id: siteSettings,
    field: "urgentHelpNote",
    change: (d) => ({ ...d, urgentHelpNote: "Call\u0008" }),
  },
];

let dataset: RawDocument[];

beforeAll(() => {
  dataset = maximalDataset();
});

describe("every rule the Studio enforces, the build enforces at the same field", () => {
  it.each(CASES.map((c) => [c.rule, c] as const))("%s", async (_rule, { id, field, change }) => {
    const broken = dataset.map((doc) => (doc._id === id ? (change(doc as Doc) as RawDocument) : doc));
    const expected = `${id} → ${field}`;
    const studio = await studioRefuses(broken);
    let contract = await contractRefuses(broken);
    // The contract also names pages that carry the broken document (a reviewer's name): the broken one is what counts.
    if (contract.some((place) => place.startsWith(`${id} → `)))
      contract = contract.filter((place) => place.startsWith(`${id} → `));
    expect(studio, "the Studio refuses it there").toContain(expected);
    expect(contract).toEqual(studio);
  });
});
