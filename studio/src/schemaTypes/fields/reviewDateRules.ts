import {
  addMonths,
  compareDates,
  DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
  isCalendarDate,
  latestDateOnEarth,
} from "@patient-ed/review";
import type { ValidationContext } from "sanity";
import { SETTINGS_API_VERSION, SITE_SETTINGS_ID } from "../../settings.ts";

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

async function maxReviewIntervalMonths(context: ValidationContext): Promise<number> {
  const client = context.getClient({ apiVersion: SETTINGS_API_VERSION });
  const months = await client.fetch<number | null>(`*[_id == $id][0].maxReviewIntervalMonths`, {
    id: SITE_SETTINGS_ID,
  });
  return typeof months === "number" && months > 0 ? months : DEFAULT_MAX_REVIEW_INTERVAL_MONTHS;
}

/** nextReviewDue comes after lastReviewed and within the maximum review interval. */
export async function nextReviewDueRule(value: string | undefined, context: ValidationContext): Promise<true | string> {
  const lastReviewed = (context.document as ReviewDates | undefined)?.lastReviewed;
  if (value === undefined || !isCalendarDate(value) || !lastReviewed || !isCalendarDate(lastReviewed)) return true;
  if (compareDates(value, lastReviewed) <= 0) return "The next review must be due after the last review date";
  const maxMonths = await maxReviewIntervalMonths(context);
  const latest = addMonths(lastReviewed, maxMonths);
  return compareDates(value, latest) > 0
    ? `The next review must be due within ${maxMonths} months of the last review (by ${latest})`
    : true;
}
