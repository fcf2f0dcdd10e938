import type { CalendarDate } from "../calendar/calendarDate.ts";
import { reviewStatus } from "./reviewStatus.ts";
import type { Article } from "../schemas/article.ts";
import type { Faq } from "../schemas/faq.ts";
import type { ReviewPolicy } from "./reviewPolicy.ts";
import { MAX_REPORTED_ISSUES, omittedLine } from "../errors/issueList.ts";

export interface OverdueDocument {
  id: string;
  type: "article" | "faq";
  title: string;
  /** Its page's slug: what REVIEW_POLICY=hide leaves out of the site. */
  slug: string;
  lastReviewed: CalendarDate;
  nextReviewDue: CalendarDate;
}

/** The build refused to publish overdue pages (REVIEW_POLICY=strict). */
export class ReviewPolicyError extends Error {
  readonly overdue: readonly OverdueDocument[];

  constructor(overdue: readonly OverdueDocument[], today: CalendarDate) {
    const listed = overdue.slice(0, MAX_REPORTED_ISSUES);
    super(
      [
        `REVIEW_POLICY=strict: ${overdue.length} page${overdue.length === 1 ? " is" : "s are"} overdue for clinical review on ${today}:`,
        ...listed.map((doc) => `  - ${doc.type} "${doc.id}" (${doc.title}): review was due ${doc.nextReviewDue}`),
        ...(overdue.length > listed.length ? [omittedLine(overdue.length - listed.length)] : []),
      ].join("\n"),
    );
    this.name = "ReviewPolicyError";
    this.overdue = overdue;
  }
}

/**
 * The review policy, one document at a time: `warn` keeps overdue pages
 * (they carry a notice), `strict` refuses the build once everything has been
 * seen, `hide` leaves them out. Every overdue document is recorded, whatever
 * the policy does with it, for the build log.
 */
export class ReviewGate {
  readonly overdue: OverdueDocument[] = [];
  readonly policy: ReviewPolicy;
  readonly today: CalendarDate;

  constructor(policy: ReviewPolicy, today: CalendarDate) {
    this.policy = policy;
    this.today = today;
  }

  /** Whether the document goes on the site. */
  admit(doc: Article | Faq): boolean {
    if (reviewStatus(doc.nextReviewDue, this.today) !== "overdue") return true;
    this.overdue.push({
      id: doc._id,
      type: doc._type,
      title: doc._type === "article" ? doc.title : doc.question,
      slug: doc.slug,
      lastReviewed: doc.lastReviewed,
      nextReviewDue: doc.nextReviewDue,
    });
    return this.policy !== "hide";
  }

  /** Under `strict`, throws a ReviewPolicyError listing every overdue document seen. */
  finish(): void {
    if (this.policy === "strict" && this.overdue.length > 0) throw new ReviewPolicyError(this.overdue, this.today);
  }
}
