import { addMonths, compareDates, isCalendarDate } from "../calendar/calendarDate.ts";
import { latestDateOnEarth } from "../calendar/today.ts";

/*
 * The rules for review dates, once: the Studio shows them on the fields as an
 * editor types, and the build refuses a document that breaks them under
 * every review policy, so a page can never claim a review that has not
 * happened or promise one further off than settings allow.
 */

/** lastReviewed may be today anywhere on Earth, never later: a page cannot be signed off in advance. */
export function lastReviewedProblem(lastReviewed: string, now: Date): string | null {
  if (!isCalendarDate(lastReviewed)) return null;
  return compareDates(lastReviewed, latestDateOnEarth(now)) > 0 ? "The last review date cannot be in the future" : null;
}

/** nextReviewDue comes after lastReviewed. */
export function reviewOrderProblem(lastReviewed: string, nextReviewDue: string): string | null {
  if (!isCalendarDate(lastReviewed) || !isCalendarDate(nextReviewDue)) return null;
  return compareDates(nextReviewDue, lastReviewed) <= 0
    ? "The next review must be due after the last review date"
    : null;
}

/** nextReviewDue is within the maximum review interval of lastReviewed. */
export function reviewIntervalProblem(lastReviewed: string, nextReviewDue: string, maxMonths: number): string | null {
  if (!isCalendarDate(lastReviewed) || !isCalendarDate(nextReviewDue)) return null;
  const latest = addMonths(lastReviewed, maxMonths);
  return compareDates(nextReviewDue, latest) > 0
    ? `The next review must be due within ${maxMonths} months of the last review (by ${latest})`
    : null;
}
