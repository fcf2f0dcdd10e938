/*
 * Every content rule and constant, once. The Studio schema, the zod schemas
 * of the contract, the build, the relay, the scripts and the tests import
 * them from here, so an editor, the build and a patient's page can never
 * disagree about what is allowed. Browser-safe: the Studio bundles it.
 */

/** The Sanity API version of every query and mutation: the build's, the Studio's own and the tests' stand-in. */
export const SANITY_API_VERSION = "2025-02-19";

/** The settings singleton's fixed document id. */
export const SITE_SETTINGS_ID = "siteSettings";

/**
 * Every document type the site shows. A change to any other type never needs
 * a rebuild: the webhook filter, the relay and the Content Lake sync use this.
 */
export const SITE_DOCUMENT_TYPES = ["article", "faq", "person", "page", "siteSettings"] as const;

/** Patient-facing types with a clinical reviewer, a disclaimer and review dates. */
export const REVIEWED_TYPES = ["article", "faq"] as const;

/** Types that exist exactly once, with a fixed id. */
export const SINGLETON_TYPES = ["siteSettings"] as const;

/** A page address's last part: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 96;
export const SLUG_RULE = "Use lower-case letters, numbers and single hyphens only";

/**
 * Slugs the site's own routes use, by the type whose pages share their
 * folder: a standing page lives at /<slug>/ beside /articles/, /faq/,
 * /search/, /sitemap.xml and the rest, an article at /articles/<slug>/
 * beside /articles/page/2/. A site test checks every top-level name the
 * built site serves is listed here.
 */
export const RESERVED_SLUGS: Readonly<Record<"page" | "article" | "faq" | "person", readonly string[]>> = {
  page: [
    "404",
    "articles",
    "faq",
    "favicon",
    "index",
    "pagefind",
    "people",
    "robots",
    "rss",
    "search",
    "search-records",
    "sitemap",
    "sitemaps",
  ],
  article: ["page"],
  faq: ["page"],
  person: [],
};
/** Numbered folders beside a standing page: the second and later search bundles (pagefind-2/, pagefind-3/...). */
export const RESERVED_PAGE_SLUG_PATTERN = /^pagefind-\d+$/;
export function isReservedSlug(type: string, slug: string): boolean {
  if (type === "page" && RESERVED_PAGE_SLUG_PATTERN.test(slug)) return true;
  return (RESERVED_SLUGS[type as keyof typeof RESERVED_SLUGS] ?? []).includes(slug);
}
export function reservedSlugRule(slug: string): string {
  return `The slug "${slug}" is used by the site itself; choose another`;
}

/**
 * Where each kind of document is published, below the site's base path: the site's routes and links, and the
 * Studio's preview locations, all use these.
 */
export const DOCUMENT_PATHS = {
  article: (slug: string) => `/articles/${slug}/`,
  faq: (slug: string) => `/faq/${slug}/`,
  person: (slug: string) => `/people/${slug}/`,
  page: (slug: string) => `/${slug}/`,
} as const;

/** Where the list of each kind of page is, below the site's base path. */
export const LIST_PATHS = { article: "/articles/", faq: "/faq/" } as const;

/** Length limits, in characters. */
export const TITLE_MAX_LENGTH = 120;
export const QUESTION_MAX_LENGTH = 160;
/** The standfirst a page opens with and search engines show. */
export const SUMMARY_MAX_LENGTH = 200;
export const CALLOUT_TITLE_MAX_LENGTH = 120;
export const HELP_LABEL_MAX_LENGTH = 80;

/*
 * Limits that bound what one document can cost the build, the Studio and a
 * patient's browser. Far above anything an editor writes (the longest seed
 * article has 60 blocks), so only a damaged or hostile document meets them.
 */
/** Blocks in one rich-text field (an article body, an FAQ answer, a callout's text). */
export const MAX_BLOCKS = 2000;
/** Marks (bold, emphasis, links) on one run of text. */
export const MAX_MARKS_PER_SPAN = 10;
/** Characters in any one text value. */
export const MAX_TEXT_LENGTH = 20_000;
/** Levels of nesting in a document (a callout's list item's text is 9 deep). */
export const MAX_NESTING_DEPTH = 16;
/** List indentation levels, whole numbers: the Studio's editor makes 1 and up. */
export const LIST_LEVEL_RANGE = { min: 1, max: 10 } as const;
export const LIST_LEVEL_RULE = `A list level is a whole number from ${LIST_LEVEL_RANGE.min} to ${LIST_LEVEL_RANGE.max}`;
export function isListLevel(level: number): boolean {
  return Number.isInteger(level) && level >= LIST_LEVEL_RANGE.min && level <= LIST_LEVEL_RANGE.max;
}
export const BLOCKS_RULE = `Must have at most ${MAX_BLOCKS} blocks`;
export const MARKS_RULE = `Must have at most ${MAX_MARKS_PER_SPAN} marks`;

/** A patient's question reads as one. */
export const QUESTION_RULE = "Phrase the question as a question, ending with '?'";
export function isQuestion(value: string): boolean {
  return value.trim().endsWith("?");
}

/** Clinical review intervals, in months, when settings leave them empty, and the range settings may use. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;
export const DEFAULT_MAX_REVIEW_INTERVAL_MONTHS = 24;
export const REVIEW_INTERVAL_RANGE = { min: 1, max: 60 } as const;
export const MAX_INTERVAL_RULE = "The maximum interval cannot be shorter than the review interval";
/** Days before the next review at which a page counts as due soon. */
export const DUE_SOON_DAYS = 30;

/** Readability: the school grade text is held to when settings name none, and the range settings may use. */
export const DEFAULT_READING_GRADE_TARGET = 8;
export const READING_GRADE_RANGE = { min: 1, max: 18 } as const;
/** Sentences longer than this get a warning: the NHS content guide's limit for health information. */
export const LONG_SENTENCE_WORDS = 25;

/** The time zone review dates are judged in when settings name none. */
export const DEFAULT_TIME_ZONE = "UTC";
export const TIME_ZONE_RULE = "Must be an IANA time zone such as Europe/London";

/** Care-card levels for callouts, as NHS care cards: what an editor picks and what a patient is told. */
export const CALLOUT_LEVELS = [
  { title: "Information", value: "info" },
  { title: "Non-urgent advice", value: "non-urgent" },
  { title: "Urgent advice", value: "urgent" },
  { title: "Emergency: immediate action required", value: "emergency" },
] as const;
export type CalloutLevel = (typeof CALLOUT_LEVELS)[number]["value"];
export const CALLOUT_LEVEL_VALUES = CALLOUT_LEVELS.map((level) => level.value) as [CalloutLevel, ...CalloutLevel[]];

/** Link schemes a patient's browser can follow safely in body text: no javascript:, data: or plain http:. */
export const LINK_SCHEMES = ["https", "mailto", "tel"] as const;
/** Sources and the publisher's address are web pages: https only. */
export const WEB_SCHEMES = ["https"] as const;

/**
 * Whether a value is an absolute URL with one of these schemes and no user
 * name or password: what the Studio's uri({ scheme }) rule accepts (the same
 * WHATWG parser browsers use), minus any whitespace, which that parser would
 * quietly drop ("java\tscript:"). The Studio applies this beside its uri
 * rule, so the two refuse exactly the same values.
 */
export function hasScheme(value: string, schemes: readonly string[]): boolean {
  if (/\s/.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return schemes.includes(url.protocol.slice(0, -1));
}
export function schemeRule(schemes: readonly string[]): string {
  return schemes.length === 1
    ? `Must be a web address starting with ${schemes[0]}://`
    : `Must be a link starting with ${schemes.map((scheme) => (scheme === "https" ? "https://" : `${scheme}:`)).join(", ")}`;
}

/** Identifiers a source may be cited by. */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
export const PMID_PATTERN = /^\d{1,9}$/;
export const SOURCE_YEAR_RANGE = { min: 1900, max: 2100 } as const;
export const SOURCE_IDENTIFIER_RULE = "Give at least one of URL, DOI or PubMed ID";

/** What a patient can do with an urgent-help number, one tap away: call it (tel:) or text it (sms:). */
export const HELP_CONTACT_KINDS = [
  { title: "Call", value: "call" },
  { title: "Text", value: "text" },
] as const;
export type HelpContactKind = (typeof HELP_CONTACT_KINDS)[number]["value"];
export const HELP_CONTACT_KIND_VALUES = HELP_CONTACT_KINDS.map((kind) => kind.value) as [
  HelpContactKind,
  ...HelpContactKind[],
];
/** A number as people dial it: digits and spaces, an optional leading +. */
export const PHONE_NUMBER_PATTERN = /^\+?\d[\d ]{0,19}$/;
export const PHONE_NUMBER_RULE = "Use digits and spaces only, with an optional + in front, e.g. 116 123";

const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** How patients reach the editorial team: an email address or an https address. */
export function contactKind(value: string): "email" | "web" | null {
  const trimmed = value.trim();
  if (EMAIL.test(trimmed)) return "email";
  return /^https:\/\/[^\s<>]+$/i.test(trimmed) ? "web" : null;
}
export const CONTACT_RULE = "Give an email address or a web address starting with https://";

/**
 * An image field with text but no file (an editor removed the file and kept its alt text): the Studio refuses it
 * and so does the contract, in these words. `what` names the field ("The lead image").
 */
export function imageNeedsFile(what: string): string {
  return `${what} needs an image file`;
}

/** An image without alternative text that is not marked decorative: refused by the Studio and the contract alike. */
export function imageNeedsAlt(what: string): string {
  return `${what} needs alternative text`;
}
