import type { CalendarDate } from "../calendar/calendarDate.ts";
import type { SiteContent } from "../load/loadSiteContent.ts";
import type { ReviewPolicy } from "./reviewPolicy.ts";
import { ReviewGate, type OverdueDocument } from "./reviewGate.ts";

export { ReviewGate, ReviewPolicyError, type OverdueDocument } from "./reviewGate.ts";

export interface ReviewOutcome {
  content: SiteContent;
  today: CalendarDate;
  /** Every overdue article and FAQ, whatever the policy did with them. */
  overdue: OverdueDocument[];
}

/** One line per overdue document, for the build log. */
export function overdueSummary(outcome: Pick<ReviewOutcome, "today" | "overdue">, policy: ReviewPolicy): string {
  if (outcome.overdue.length === 0) return `No pages are overdue for clinical review on ${outcome.today}.`;
  const action = policy === "hide" ? "left out of the site" : "published with an overdue notice";
  return [
    `${outcome.overdue.length} page(s) overdue for clinical review on ${outcome.today}, ${action} (REVIEW_POLICY=${policy}):`,
    ...outcome.overdue.map((doc) => `  - ${doc.type} "${doc.id}" (${doc.title}): review was due ${doc.nextReviewDue}`),
  ].join("\n");
}

/**
 * Applies the review policy to content read whole (see ReviewGate). Pages
 * that link to a hidden page still build: links resolve only to pages that
 * exist.
 */
export function applyReviewPolicy(content: SiteContent, policy: ReviewPolicy, today: CalendarDate): ReviewOutcome {
  const gate = new ReviewGate(policy, today);
  const articles = content.articles.filter((doc) => gate.admit(doc));
  const faqs = content.faqs.filter((doc) => gate.admit(doc));
  gate.finish();
  return { content: { ...content, articles, faqs }, today, overdue: gate.overdue };
}
