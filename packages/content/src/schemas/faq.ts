import { z } from "zod";
import type { FaqsQueryResult } from "../../generated/sanity.types.ts";
import { isQuestion, QUESTION_MAX_LENGTH, QUESTION_RULE } from "../rules.ts";
import { calendarDate, ownSlug, requiredText, reviewedPerson, source, textAtMost, uniqueIds } from "./fields.ts";
import type { Guaranteed } from "./guaranteed.ts";
import { reviewDatesInOrder } from "./reviewDates.ts";
import { richText } from "./richText.ts";
import { signoffFields, type SignoffFieldName } from "./signoffFields.ts";

/** What TypeGen promises for the query, with the fields validation guarantees made non-null. */
type FaqGuarantees = Guaranteed<
  Omit<FaqsQueryResult[number], SignoffFieldName>,
  "question" | "slug" | "answer" | "reviewer" | "disclaimer" | "lastReviewed" | "nextReviewDue"
>;

export const faqSchema = z
  .object({
    _id: z.string(),
    _type: z.literal("faq"),
    _updatedAt: requiredText,
    question: textAtMost(QUESTION_MAX_LENGTH).refine(isQuestion, QUESTION_RULE),
    slug: ownSlug("faq"),
    answer: richText,
    relatedArticleIds: uniqueIds("article"),
    reviewer: reviewedPerson,
    references: z.array(source).nullable(),
    disclaimer: requiredText,
    lastReviewed: calendarDate,
    nextReviewDue: calendarDate,
    ...signoffFields,
  })
  .check(reviewDatesInOrder) satisfies z.ZodType<FaqGuarantees>;

/** As pages see it: stricter than the TypeGen type, and checked against it above. */
export type Faq = z.output<typeof faqSchema>;
