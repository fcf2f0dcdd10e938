import { addMonths, compareDates, daysBetween, type CalendarDate } from "./calendarDate.ts";

export type ReviewStatus = "current" | "due-soon" | "overdue";

/** Days before nextReviewDue at which a page counts as due soon. */
export const DUE_SOON_DAYS = 30;

/** The defaults used when site settings leave the review intervals empty. */
export const DEFAULT_REVIEW_INTERVAL_MONTHS = 12;
export const DEFAULT_MAX_REVIEW_INTERVAL_MONTHS = 24;

/**
 * A page is overdue once its review due date has passed: on the due date
 * itself it is still within its review period.
 */
export function reviewStatus(nextReviewDue: CalendarDate, today: CalendarDate): ReviewStatus {
  if (compareDates(nextReviewDue, today) < 0) return "overdue";
  if (daysBetween(today, nextReviewDue) <= DUE_SOON_DAYS) return "due-soon";
  return "current";
}

/** The review due date a newly reviewed page gets. */
export function nextReviewDueAfter(lastReviewed: CalendarDate, intervalMonths: number): CalendarDate {
  return addMonths(lastReviewed, intervalMonths);
}

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  current: "Current",
  "due-soon": "Due soon",
  overdue: "Overdue",
};
