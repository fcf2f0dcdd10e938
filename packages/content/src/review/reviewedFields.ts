import { addMonths, type CalendarDate } from "../calendar/calendarDate.ts";

/** The fields "Mark as reviewed" sets: reviewed today, next due after the review interval. */
export function reviewedFields(
  today: CalendarDate,
  intervalMonths: number,
): { lastReviewed: string; nextReviewDue: string } {
  return { lastReviewed: today, nextReviewDue: addMonths(today, intervalMonths) };
}
