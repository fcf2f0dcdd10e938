import { isTimeZone } from "../calendar/today.ts";
import {
  DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
  DEFAULT_READING_GRADE_TARGET,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DEFAULT_TIME_ZONE,
  CONTACT_RULE,
  contactKind,
  HELP_CONTACT_KIND_VALUES,
  HELP_LABEL_MAX_LENGTH,
  MAX_INTERVAL_RULE,
  PHONE_NUMBER_PATTERN,
  PHONE_NUMBER_RULE,
  READING_GRADE_RANGE,
  REVIEW_INTERVAL_RANGE,
  TIME_ZONE_RULE,
  WEB_SCHEMES,
  type HelpContactKind,
} from "../rules.ts";
import { z } from "zod";
import type { SiteSettingsQueryResult } from "../../generated/sanity.types.ts";
import { requiredOr, requiredText, textAtMost, urlWith } from "./fields.ts";

type SettingsResult = NonNullable<SiteSettingsQueryResult>;

/** One urgent-help line: who answers, the number, and whether a tap calls or texts it. */
export interface HelpContact {
  label: string;
  number: string;
  kind: HelpContactKind;
}

const helpContact = z.object({
  label: textAtMost(HELP_LABEL_MAX_LENGTH),
  number: z.string({ error: requiredOr("Must be text") }).regex(PHONE_NUMBER_PATTERN, PHONE_NUMBER_RULE),
  kind: z.enum(HELP_CONTACT_KIND_VALUES, { error: `Must be one of: ${HELP_CONTACT_KIND_VALUES.join(", ")}` }),
});

/** Settings with every default applied: pages never handle a missing value. */
export interface SiteSettings {
  siteName: string;
  publisher: { name: string; url: string };
  contact: string | null;
  urgentHelp: HelpContact[];
  urgentHelpNote: string | null;
  defaultDisclaimer: string;
  reviewIntervalMonths: number;
  maxReviewIntervalMonths: number;
  timeZone: string;
  readingGradeTarget: number;
}

/** Months between reviews, as settings may set them: a whole number in REVIEW_INTERVAL_RANGE. */
const months = z
  .number()
  .int("Must be a whole number")
  .min(REVIEW_INTERVAL_RANGE.min, `Must be at least ${REVIEW_INTERVAL_RANGE.min}`)
  .max(REVIEW_INTERVAL_RANGE.max, `Must be at most ${REVIEW_INTERVAL_RANGE.max}`)
  .nullable();

const timeZone = z
  .string()
  .nullable()
  .transform((value) => value || DEFAULT_TIME_ZONE)
  .refine(isTimeZone, TIME_ZONE_RULE);

export const siteSettingsSchema = z
  .object(
    {
      siteName: requiredText,
      publisher: z.object({ name: requiredText, url: urlWith(WEB_SCHEMES) }, { error: "Required" }),
      contact: z
        .string()
        .nullable()
        .refine((value) => value === null || contactKind(value) !== null, CONTACT_RULE),
      urgentHelp: z.array(helpContact, { error: requiredOr("Must be a list of help lines") }).min(1, "Required"),
      urgentHelpNote: z.string().nullable(),
      defaultDisclaimer: requiredText,
      reviewIntervalMonths: months.transform((value) => value ?? DEFAULT_REVIEW_INTERVAL_MONTHS),
      maxReviewIntervalMonths: months.transform((value) => value ?? DEFAULT_MAX_REVIEW_INTERVAL_MONTHS),
      timeZone,
      readingGradeTarget: z
        .number()
        .min(READING_GRADE_RANGE.min, `Must be at least ${READING_GRADE_RANGE.min}`)
        .max(READING_GRADE_RANGE.max, `Must be at most ${READING_GRADE_RANGE.max}`)
        .nullable()
        .transform((value) => value ?? DEFAULT_READING_GRADE_TARGET),
    },
    { error: "The site settings document (id siteSettings) is missing" },
  )
  .check((context) => {
    const { reviewIntervalMonths, maxReviewIntervalMonths } = context.value;
    if (maxReviewIntervalMonths < reviewIntervalMonths)
      context.issues.push({
        code: "custom",
        input: maxReviewIntervalMonths,
        path: ["maxReviewIntervalMonths"],
        message: MAX_INTERVAL_RULE,
      });
  }) satisfies z.ZodType<SiteSettings, SettingsResult | null>;
