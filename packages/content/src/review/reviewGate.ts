import type { CalendarDate } from "../calendar/calendarDate.ts";
import { reviewStatus } from "./reviewStatus.ts";
import type { Article } from "../schemas/article.ts";
import type { Faq } from "../schemas/faq.ts";
import type { ReviewPolicy } from "./reviewPolicy.ts";
import { MAX_REPORTED_ISSUES, omittedLine } from "../errors/issueList.ts";
import type { SignoffState } from "../signoff/judgeSignoff.ts";

interface HeldDocument {
  id: string;
  type: "article" | "faq";
  title: string;
  /** Its page's slug: what REVIEW_POLICY=hide leaves out of the site. */
  slug: string;
}

export interface OverdueDocument extends HeldDocument {
  lastReviewed: CalendarDate;
  nextReviewDue: CalendarDate;
}

/** A page whose content is not what its clinical reviewer signed off, or that no one has signed off. */
export interface UnsignedDocument extends HeldDocument {
  status: "changed" | "not-signed-off";
  /** The fields that differ from the signed content (status "changed"). */
  changed: string[];
  /** Why there is no trusted sign-off (status "not-signed-off"). */
  reason: string;
  /** The date of the sign-off it changed since. */
  signedOn: CalendarDate | null;
}

/** One line for the build log and the strict failure. */
export function unsignedLine(doc: UnsignedDocument): string {
  const what =
    doc.status === "changed"
      ? `changed since its clinical sign-off on ${doc.signedOn}: ${doc.changed.join(", ")}`
      : `not signed off: ${doc.reason}`;
  return `  - ${doc.type} "${doc.id}" (${doc.title}): ${what}`;
}

const overdueLine = (doc: OverdueDocument) =>
  `  - ${doc.type} "${doc.id}" (${doc.title}): review was due ${doc.nextReviewDue}`;

function listed<T>(items: readonly T[], line: (item: T) => string): string[] {
  const shown = items.slice(0, MAX_REPORTED_ISSUES);
  return [...shown.map(line), ...(items.length > shown.length ? [omittedLine(items.length - shown.length)] : [])];
}

const pages = (count: number) => `${count} page${count === 1 ? " is" : "s are"}`;

/** The build refused to publish overdue or unsigned pages (REVIEW_POLICY=strict). */
export class ReviewPolicyError extends Error {
  readonly overdue: readonly OverdueDocument[];
  readonly unsigned: readonly UnsignedDocument[];

  constructor(overdue: readonly OverdueDocument[], unsigned: readonly UnsignedDocument[], today: CalendarDate) {
    const headline = [
      ...(overdue.length > 0 ? [`${pages(overdue.length)} overdue for clinical review on ${today}`] : []),
      ...(unsigned.length > 0 ? [`${pages(unsigned.length)} not signed off for what they show`] : []),
    ].join("; ");
    super(
      [`REVIEW_POLICY=strict: ${headline}:`, ...listed(overdue, overdueLine), ...listed(unsigned, unsignedLine)].join(
        "\n",
      ),
    );
    this.name = "ReviewPolicyError";
    this.overdue = overdue;
    this.unsigned = unsigned;
  }
}

/**
 * The review policy, one document at a time. A page is held back when its review is overdue, or when it is not
 * signed off for what it shows (no trusted sign-off, or changed since). `warn` keeps such pages (they carry a
 * notice and claim no review), `strict` refuses the build once everything has been seen, `hide` leaves them out.
 * Every held-back document is recorded, whatever the policy does with it, for the build log.
 */
export class ReviewGate {
  readonly overdue: OverdueDocument[] = [];
  readonly unsigned: UnsignedDocument[] = [];
  readonly policy: ReviewPolicy;
  readonly today: CalendarDate;

  constructor(policy: ReviewPolicy, today: CalendarDate) {
    this.policy = policy;
    this.today = today;
  }

  /** Whether the document goes on the site. */
  admit(doc: Article | Faq, signoff: SignoffState): boolean {
    const held = {
      id: doc._id,
      type: doc._type,
      title: doc._type === "article" ? doc.title : doc.question,
      slug: doc.slug,
    };
    const overdue = reviewStatus(doc.nextReviewDue, this.today) === "overdue";
    if (overdue) this.overdue.push({ ...held, lastReviewed: doc.lastReviewed, nextReviewDue: doc.nextReviewDue });
    if (signoff.status !== "signed-off")
      this.unsigned.push({
        ...held,
        status: signoff.status,
        changed: signoff.status === "changed" ? signoff.changed : [],
        reason: signoff.status === "not-signed-off" ? signoff.reason : "",
        signedOn: signoff.status === "changed" ? signoff.signoff.reviewedOn : null,
      });
    return this.policy !== "hide" || (!overdue && signoff.status === "signed-off");
  }

  /** Under `strict`, throws a ReviewPolicyError listing every overdue and unsigned document seen. */
  finish(): void {
    if (this.policy === "strict" && (this.overdue.length > 0 || this.unsigned.length > 0))
      throw new ReviewPolicyError(this.overdue, this.unsigned, this.today);
  }
}
