import { addMonths, compareDates, isCalendarDate, latestDateOnEarth } from "@patient-ed/content";
import type { ValidationContext } from "sanity";
import { STUDIO_CLIENT_OPTIONS, studioSettings } from "../../settings/studioSettings.ts";

interface ReviewDates {
  lastReviewed?: string;
  nextReviewDue?: string;
}

/** lastReviewed may be today but never later: a page cannot be signed off in advance. */
export function lastReviewedRule(value: string | undefined): true | string {
  if (value === undefined || !isCalendarDate(value)) return true;
  const latestToday = latestDateOnEarth(new Date());
  return compareDates(value, latestToday) > 0 ? "The last review date cannot be in the future" : true;
}

/** nextReviewDue comes after lastReviewed and within the maximum review interval. */
export async function nextReviewDueRule(value: string | undefined, context: ValidationContext): Promise<true | string> {
  const lastReviewed = (context.document as ReviewDates | undefined)?.lastReviewed;
  if (value === undefined || !isCalendarDate(value) || !lastReviewed || !isCalendarDate(lastReviewed)) return true;
  if (compareDates(value, lastReviewed) <= 0) return "The next review must be due after the last review date";
  const { maxReviewIntervalMonths: maxMonths } = await studioSettings(context.getClient(STUDIO_CLIENT_OPTIONS));
  const latest = addMonths(lastReviewed, maxMonths);
  return compareDates(value, latest) > 0
    ? `The next review must be due within ${maxMonths} months of the last review (by ${latest})`
    : true;
}
