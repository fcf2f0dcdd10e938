import { lastReviewedProblem, reviewIntervalProblem, reviewOrderProblem } from "@patient-ed/content";
import type { ValidationContext } from "sanity";
import { STUDIO_CLIENT_OPTIONS, studioSettings } from "../../settings/studioSettings.ts";

interface ReviewDates {
  lastReviewed?: string;
  nextReviewDue?: string;
}

/** lastReviewed may be today but never later: the contract's rule, judged now. */
export function lastReviewedRule(value: string | undefined): true | string {
  return value === undefined ? true : (lastReviewedProblem(value, new Date()) ?? true);
}

/** nextReviewDue comes after lastReviewed and within the maximum review interval in settings. */
export async function nextReviewDueRule(value: string | undefined, context: ValidationContext): Promise<true | string> {
  const lastReviewed = (context.document as ReviewDates | undefined)?.lastReviewed;
  if (value === undefined || lastReviewed === undefined) return true;
  const order = reviewOrderProblem(lastReviewed, value);
  if (order) return order;
  const { maxReviewIntervalMonths } = await studioSettings(context.getClient(STUDIO_CLIENT_OPTIONS));
  return reviewIntervalProblem(lastReviewed, value, maxReviewIntervalMonths) ?? true;
}
