import { compareDates, daysBetween, type CalendarDate } from "../calendar/calendarDate.ts";
import { DUE_SOON_DAYS } from "../rules.ts";

export type ReviewStatus = "current" | "due-soon" | "overdue";

/**
 * A page is overdue once its review due date has passed: on the due date
 * itself it is still within its review period.
 */
export function reviewStatus(nextReviewDue: CalendarDate, today: CalendarDate): ReviewStatus {
  if (compareDates(nextReviewDue, today) < 0) return "overdue";
  if (daysBetween(today, nextReviewDue) <= DUE_SOON_DAYS) return "due-soon";
  return "current";
}
