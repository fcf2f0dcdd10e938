import { addDays, addMonths } from "../common/calendar.ts";
import type { Random } from "./random.ts";

export interface ReviewDates {
  _createdAt: string;
  _updatedAt: string;
  lastReviewed: string;
  nextReviewDue: string;
}

/**
 * Dates the validation accepts whatever day the file is built on: the last
 * review up to ten months ago (never in the future), the next one 12 to 24
 * months after it, so no page is overdue on the day the file is written.
 */
export function reviewDates(random: Random, today: string): ReviewDates {
  const lastReviewed = addDays(today, -random.int(0, 300));
  const nextReviewDue = addMonths(lastReviewed, random.pick([12, 12, 12, 18, 24]));
  return {
    _createdAt: `${addDays(lastReviewed, -random.int(30, 700))}T09:00:00Z`,
    _updatedAt: `${lastReviewed}T12:00:00Z`,
    lastReviewed,
    nextReviewDue,
  };
}
