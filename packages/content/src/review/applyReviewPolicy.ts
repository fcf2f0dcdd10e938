import { reviewStatus, type CalendarDate } from "@patient-ed/review";
import type { SiteContent } from "../load/loadSiteContent.ts";
import type { ReviewPolicy } from "./reviewPolicy.ts";

export interface OverdueDocument {
  id: string;
  type: "article" | "faq";
  title: string;
  lastReviewed: CalendarDate;
  nextReviewDue: CalendarDate;
}

export interface ReviewOutcome {
  content: SiteContent;
  today: CalendarDate;
  /** Every overdue article and FAQ, whatever the policy did with them. */
  overdue: OverdueDocument[];
}

/** The build refused to publish overdue pages (REVIEW_POLICY=strict). */
export class ReviewPolicyError extends Error {
  readonly overdue: readonly OverdueDocument[];

  constructor(overdue: readonly OverdueDocument[], today: CalendarDate) {
    super(
      [
        `REVIEW_POLICY=strict: ${overdue.length} page${overdue.length === 1 ? " is" : "s are"} overdue for clinical review on ${today}:`,
        ...overdue.map((doc) => `  - ${doc.type} "${doc.id}" (${doc.title}): review was due ${doc.nextReviewDue}`),
      ].join("\n"),
    );
    this.name = "ReviewPolicyError";
    this.overdue = overdue;
  }
}

/** One line per overdue document, for the build log. */
export function overdueSummary(outcome: ReviewOutcome, policy: ReviewPolicy): string {
  if (outcome.overdue.length === 0) return `No pages are overdue for clinical review on ${outcome.today}.`;
  const action = policy === "hide" ? "left out of the site" : "published with an overdue notice";
  return [
    `${outcome.overdue.length} page(s) overdue for clinical review on ${outcome.today}, ${action} (REVIEW_POLICY=${policy}):`,
    ...outcome.overdue.map((doc) => `  - ${doc.type} "${doc.id}" (${doc.title}): review was due ${doc.nextReviewDue}`),
  ].join("\n");
}

/**
 * Applies the review policy: `warn` keeps overdue pages (they carry a
 * notice), `strict` refuses to build, `hide` leaves them out. Pages that
 * link to a hidden page still build: links resolve only to pages that exist.
 */
export function applyReviewPolicy(content: SiteContent, policy: ReviewPolicy, today: CalendarDate): ReviewOutcome {
  const isOverdue = (doc: { nextReviewDue: CalendarDate }) => reviewStatus(doc.nextReviewDue, today) === "overdue";
  const overdue: OverdueDocument[] = [
    ...content.articles.filter(isOverdue).map((doc) => ({
      id: doc._id,
      type: "article" as const,
      title: doc.title,
      lastReviewed: doc.lastReviewed,
      nextReviewDue: doc.nextReviewDue,
    })),
    ...content.faqs.filter(isOverdue).map((doc) => ({
      id: doc._id,
      type: "faq" as const,
      title: doc.question,
      lastReviewed: doc.lastReviewed,
      nextReviewDue: doc.nextReviewDue,
    })),
  ];
  if (policy === "strict" && overdue.length > 0) throw new ReviewPolicyError(overdue, today);
  if (policy !== "hide" || overdue.length === 0) return { content, today, overdue };
  const hidden = new Set(overdue.map((doc) => doc.id));
  return {
    content: {
      ...content,
      articles: content.articles.filter((doc) => !hidden.has(doc._id)),
      faqs: content.faqs.filter((doc) => !hidden.has(doc._id)),
    },
    today,
    overdue,
  };
}
