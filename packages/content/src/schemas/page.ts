import { z } from "zod";
import type { PagesQueryResult } from "../../generated/sanity.types.ts";
import { requiredText, slug } from "./fields.ts";
import type { Guaranteed } from "./guaranteed.ts";
import { richText } from "./richText.ts";

export type Page = Guaranteed<PagesQueryResult[number], "title" | "slug" | "summary" | "body">;

export const pageSchema = z.object({
  _id: z.string(),
  _type: z.literal("page"),
  _updatedAt: requiredText,
  title: requiredText,
  slug,
  summary: requiredText.refine((value) => value.length <= 200, "Must be at most 200 characters"),
  body: richText,
  footerLink: z.boolean().nullable(),
}) satisfies z.ZodType<Page>;
