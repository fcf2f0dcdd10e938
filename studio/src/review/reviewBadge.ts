import { isCalendarDate, reviewStatus } from "@patient-ed/content";
import type { DocumentBadgeComponent, DocumentBadgeDescription } from "sanity";
import { studioToday } from "./studioToday.ts";

/** Overdue or Due soon, judged from the draft when there is one (what the editor is looking at). */
export function reviewBadgeFor(nextReviewDue: unknown, today: string): DocumentBadgeDescription | null {
  if (typeof nextReviewDue !== "string" || !isCalendarDate(nextReviewDue)) return null;
  const status = reviewStatus(nextReviewDue, today);
  if (status === "overdue")
    return { label: "Overdue", color: "danger", title: `Clinical review was due ${nextReviewDue}` };
  if (status === "due-soon")
    return { label: "Due soon", color: "warning", title: `Clinical review is due ${nextReviewDue}` };
  return null;
}

export const ReviewBadge: DocumentBadgeComponent = (props) =>
  reviewBadgeFor((props.draft ?? props.published)?.nextReviewDue, studioToday());
