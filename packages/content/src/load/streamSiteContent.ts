import { ContentError } from "../errors/ContentError.ts";
import { IssueList, type IssueSink } from "../errors/issueList.ts";
import { lastReviewedProblem, reviewIntervalProblem } from "../review/reviewDateRules.ts";
import { articlesQuery, faqsQuery, pagesQuery, peopleQuery, siteSettingsQuery } from "../queries.ts";
import { DEFAULT_MAX_REVIEW_INTERVAL_MONTHS, SITE_SETTINGS_ID } from "../rules.ts";
import { articleSchema, type Article } from "../schemas/article.ts";
import { faqSchema, type Faq } from "../schemas/faq.ts";
import { pageSchema, type Page } from "../schemas/page.ts";
import { personSchema, type Person } from "../schemas/person.ts";
import { siteSettingsSchema, type SiteSettings } from "../schemas/siteSettings.ts";
import type { ContentSource } from "../sources/ContentSource.ts";
import { findDuplicateSlugs, type Slugged } from "./findDuplicateSlugs.ts";
import { validateDocuments } from "./validateDocuments.ts";

/** Receives each valid article and FAQ entry as its slice is validated. */
export interface ContentVisitor {
  article(doc: Article): void;
  faq(doc: Faq): void;
}

/** The small part of the site, held whole: settings, people and pages. */
export interface SiteFrame {
  settings: SiteSettings;
  people: Person[];
  pages: Page[];
}

export interface StreamOptions {
  /** Articles or FAQ entries per query (default 5,000). */
  sliceSize?: number;
  /** The instant review dates are judged against (default: now); the build passes its clock's. */
  now?: Date;
  /**
   * For the draft preview, where drafts are often incomplete: problems go to this list instead of failing the
   * whole read, and documents that fail validation are left out (a duplicate slug is listed, and both documents
   * stay). Invalid settings still fail it.
   */
  tolerate?: IssueList;
}

const DEFAULT_SLICE_SIZE = 5000;

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The review-date rules that need more than the document: a last review
 * after today (anywhere on Earth) or a next review beyond the maximum
 * interval in settings. Applied under every review policy: they say the page
 * claims a review that cannot have happened, or puts the next one off too far.
 */
function withReviewDatesInBounds<T extends Article | Faq>(
  documents: T[],
  now: Date,
  maxMonths: number,
  issues: IssueSink,
): T[] {
  return documents.filter((doc) => {
    const problems = [
      { path: "lastReviewed", rule: lastReviewedProblem(doc.lastReviewed, now) },
      { path: "nextReviewDue", rule: reviewIntervalProblem(doc.lastReviewed, doc.nextReviewDue, maxMonths) },
    ].filter((problem): problem is { path: string; rule: string } => problem.rule !== null);
    for (const problem of problems) issues.push({ documentId: doc._id, documentType: doc._type, ...problem });
    return problems.length === 0;
  });
}

/**
 * Runs a list query a slice at a time (its `$from` and `$to`), validates each slice and hands its valid documents to `visit`.
 * Only one slice of results is in memory at once, so the memory a build
 * needs does not grow with the number of articles. Returns the id, type and
 * slug of every document, for the uniqueness checks.
 */
async function streamQuery<T extends Slugged>(
  source: ContentSource,
  query: string,
  validate: (values: unknown[]) => T[],
  visit: (doc: T) => void,
  sliceSize: number,
): Promise<Slugged[]> {
  const seen: Slugged[] = [];
  for (let from = 0; ; from += sliceSize) {
    const slice = asArray(await source.fetch(query, { from, to: from + sliceSize }));
    for (const doc of validate(slice)) {
      seen.push({ _id: doc._id, _type: doc._type, slug: doc.slug });
      visit(doc);
    }
    // A short slice is the last: no count query, so the loop cannot miss documents a count did not see.
    if (slice.length < sliceSize) return seen;
  }
}

/**
 * Reads all published content through the source and validates it, handing
 * articles and FAQ entries to the visitor one slice at a time. `start` is
 * called with the validated settings (null if they are invalid) before any
 * document, and returns the visitor. Throws one ContentError listing every
 * invalid document once everything has been read: a caller must treat what
 * it was handed as provisional until this resolves.
 */
export async function streamSiteContent(
  source: ContentSource,
  start: (settings: SiteSettings | null) => ContentVisitor,
  options: StreamOptions = {},
): Promise<SiteFrame> {
  const sliceSize = options.sliceSize ?? DEFAULT_SLICE_SIZE;
  const now = options.now ?? new Date();
  const issues = options.tolerate ?? new IssueList();
  const [rawSettings, rawPeople, rawPages] = await Promise.all([
    source.fetch(siteSettingsQuery, { settingsId: SITE_SETTINGS_ID }),
    source.fetch(peopleQuery),
    source.fetch(pagesQuery),
  ]);
  // Settings problems are named on the settings document even when it is missing (it has no id then).
  const settingsIssues: IssueSink = { push: (issue) => issues.push({ ...issue, documentId: SITE_SETTINGS_ID }) };
  const [settings] = validateDocuments(siteSettingsSchema, [rawSettings], SITE_SETTINGS_ID, settingsIssues);
  // Invalid settings fail the build anyway; until then, the documented default bounds the next review.
  const maxMonths = settings?.maxReviewIntervalMonths ?? DEFAULT_MAX_REVIEW_INTERVAL_MONTHS;
  const people = validateDocuments(personSchema, asArray(rawPeople), "person", issues);
  const pages = validateDocuments(pageSchema, asArray(rawPages), "page", issues);
  const visitor = start(settings ?? null);
  const articles = await streamQuery(
    source,
    articlesQuery,
    (values) =>
      withReviewDatesInBounds(validateDocuments(articleSchema, values, "article", issues), now, maxMonths, issues),
    (doc) => visitor.article(doc),
    sliceSize,
  );
  const faqs = await streamQuery(
    source,
    faqsQuery,
    (values) => withReviewDatesInBounds(validateDocuments(faqSchema, values, "faq", issues), now, maxMonths, issues),
    (doc) => visitor.faq(doc),
    sliceSize,
  );
  findDuplicateSlugs(articles, issues);
  findDuplicateSlugs(faqs, issues);
  findDuplicateSlugs(people, issues);
  findDuplicateSlugs(pages, issues);
  if ((issues.total > 0 && !options.tolerate) || !settings) {
    const documents = issues.documents;
    throw new ContentError(
      `Invalid content from ${source.description}: ${documents} document${documents === 1 ? "" : "s"} failed validation.`,
      issues.kept,
      issues.omitted,
    );
  }
  return { settings, people, pages };
}
