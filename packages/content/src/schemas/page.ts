import { z } from "zod";
import type { PagesQueryResult } from "../../generated/sanity.types.ts";
import { ownSlug, requiredText, textAtMost } from "./fields.ts";
import { SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from "../rules.ts";
import type { Guaranteed } from "./guaranteed.ts";
import { richText } from "./richText.ts";

/** What TypeGen promises for the query, with the fields validation guarantees made non-null. */
type PageGuarantees = Guaranteed<PagesQueryResult[number], "title" | "slug" | "summary" | "body">;

export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal("page"),
  _updatedAt: requiredText,
  title: textAtMost(TITLE_MAX_LENGTH),
  slug: ownSlug("page"),
  summary: textAtMost(SUMMARY_MAX_LENGTH),
  body: richText,
  footerLink: z.boolean().nullable(),
}) satisfies z.ZodType<PageGuarantees>;

/** As pages see it: stricter than the TypeGen type, and checked against it above. */
export type Page = z.output<typeof pageSchema>;
