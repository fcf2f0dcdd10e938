import { z } from "zod";
import type { ArticlesQueryResult } from "../../generated/sanity.types.ts";
import {
  calendarDate,
  figureImage,
  ownSlug,
  personSummary,
  requiredText,
  reviewedPerson,
  source,
  textAtMost,
  uniqueIds,
} from "./fields.ts";
import { SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from "../rules.ts";
import type { Guaranteed } from "./guaranteed.ts";
import { reviewDatesInOrder } from "./reviewDates.ts";
import { richText } from "./richText.ts";
import { signoffFields, type SignoffFieldName } from "./signoffFields.ts";

type ArticleResult = ArticlesQueryResult[number];

/** What TypeGen promises for the query, with the fields validation guarantees made non-null. */
type ArticleGuarantees = Guaranteed<
  Omit<ArticleResult, SignoffFieldName>,
  "title" | "slug" | "summary" | "body" | "reviewer" | "disclaimer" | "lastReviewed" | "nextReviewDue"
>;

export const articleSchema = z
  .object({
    _id: z.string(),
    _type: z.literal("article"),
    _updatedAt: requiredText,
    title: textAtMost(TITLE_MAX_LENGTH),
    slug: ownSlug("article"),
    summary: textAtMost(SUMMARY_MAX_LENGTH),
    leadImage: figureImage("The lead image").nullable(),
    body: richText,
    faqIds: uniqueIds("FAQ entry"),
    author: personSummary.nullable(),
    reviewer: reviewedPerson,
    references: z.array(source).nullable(),
    disclaimer: requiredText,
    lastReviewed: calendarDate,
    nextReviewDue: calendarDate,
    topics: z.array(z.string()).nullable(),
    ...signoffFields,
  })
  .check(reviewDatesInOrder) satisfies z.ZodType<ArticleGuarantees>;

/** As pages see it: stricter than the TypeGen type, and checked against it above. */
export type Article = z.output<typeof articleSchema>;
