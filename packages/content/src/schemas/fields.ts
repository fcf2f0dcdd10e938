import { isCalendarDate } from "@patient-ed/review";
import { z } from "zod";

/** "Required" when a value is missing or null, otherwise `message`. */
function requiredOr(message: string) {
  return (issue: { input: unknown }) => (issue.input === undefined || issue.input === null ? "Required" : message);
}

/**
 * A character that shows on the page: not whitespace, not a control character
 * and not a default-ignorable one (zero-width spaces and joiners, bidi marks,
 * the byte-order mark, soft hyphens, Hangul fillers), which render as nothing.
 */
const VISIBLE_CHARACTER = /[^\p{White_Space}\p{Cc}\p{Default_Ignorable_Code_Point}]/u;

/** Non-empty text: whitespace or invisible characters alone do not count as a disclaimer. */
export const requiredText = z
  .string({ error: requiredOr("Must be text") })
  .refine((value) => VISIBLE_CHARACTER.test(value), "Required");

export const optionalText = z.string({ error: "Must be text" }).nullable().optional();

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z
  .string({ error: requiredOr("Must be text") })
  .regex(SLUG_PATTERN, "Must be lower-case letters, numbers and single hyphens");

export const calendarDate = z
  .string({ error: requiredOr("Must be a date (YYYY-MM-DD)") })
  .refine(isCalendarDate, "Must be a real date (YYYY-MM-DD)");

/** A referenced person as pages show them: a missing reference arrives as null. */
export const personSummary = z.object(
  {
    _id: z.string(),
    name: requiredText,
    slug,
    credentials: z.string().nullable(),
  },
  { error: requiredOr("Must be a person") },
);

export const reviewedPerson = personSummary.extend({
  credentials: requiredText,
});

/** A cited source; the Studio guarantees at least one of url, doi, pmid. */
export const source = z.object({
  _key: z.string(),
  _type: z.literal("source"),
  title: requiredText,
  publisher: z.string().optional(),
  year: z.number().int().optional(),
  url: z.string().optional(),
  doi: z.string().optional(),
  pmid: z.string().optional(),
});
