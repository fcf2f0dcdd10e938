import type { z } from "zod";
import { reviewOrderProblem } from "../review/reviewDateRules.ts";

interface ReviewDates {
  lastReviewed: string;
  nextReviewDue: string;
}

/** nextReviewDue after lastReviewed, reported on the nextReviewDue field. */
export function reviewDatesInOrder(context: z.core.ParsePayload<ReviewDates>): void {
  const { lastReviewed, nextReviewDue } = context.value;
  const problem = reviewOrderProblem(lastReviewed, nextReviewDue);
  if (problem) context.issues.push({ code: "custom", input: nextReviewDue, path: ["nextReviewDue"], message: problem });
}
