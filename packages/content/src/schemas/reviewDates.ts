import { compareDates, isCalendarDate } from "../calendar/calendarDate.ts";
import type { z } from "zod";

interface ReviewDates {
  lastReviewed: string;
  nextReviewDue: string;
}

/** nextReviewDue after lastReviewed, reported on the nextReviewDue field. */
export function reviewDatesInOrder(context: z.core.ParsePayload<ReviewDates>): void {
  const { lastReviewed, nextReviewDue } = context.value;
  if (!isCalendarDate(lastReviewed) || !isCalendarDate(nextReviewDue)) return;
  if (compareDates(nextReviewDue, lastReviewed) <= 0) {
    context.issues.push({
      code: "custom",
      input: nextReviewDue,
      path: ["nextReviewDue"],
      message: "Must be after lastReviewed",
    });
  }
}
