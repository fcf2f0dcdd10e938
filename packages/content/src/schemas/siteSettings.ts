import { assertTimeZone } from "../calendar/today.ts";
import {
  DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
  DEFAULT_READING_GRADE_TARGET,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DEFAULT_TIME_ZONE,
  CONTACT_RULE,
  contactKind,
  HELP_CONTACT_KIND_VALUES,
  PHONE_NUMBER_PATTERN,
  PHONE_NUMBER_RULE,
  type HelpContactKind,
} from "../rules.ts";
import { z } from "zod";
import type { SiteSettingsQueryResult } from "../../generated/sanity.types.ts";
import { requiredOr, requiredText } from "./fields.ts";

type SettingsResult = NonNullable<SiteSettingsQueryResult>;

/** One urgent-help line: who answers, the number, and whether a tap calls or texts it. */
export interface HelpContact {
  label: string;
  number: string;
  kind: HelpContactKind;
}

const helpContact = z.object({
  label: requiredText,
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

const timeZone = z
  .string()
  .nullable()
  .transform((value) => value || DEFAULT_TIME_ZONE)
  .refine(
    (value) => {
      try {
        assertTimeZone(value);
        return true;
      } catch {
        return false;
      }
    },
    { message: "Must be an IANA time zone such as Europe/London" },
  );

export const siteSettingsSchema = z.object(
  {
    siteName: requiredText,
    publisher: z.object({ name: requiredText, url: requiredText }, { error: "Required" }),
    contact: z
      .string()
      .nullable()
      .refine((value) => value === null || contactKind(value) !== null, CONTACT_RULE),
    urgentHelp: z.array(helpContact, { error: requiredOr("Must be a list of help lines") }).min(1, "Required"),
    urgentHelpNote: z.string().nullable(),
    defaultDisclaimer: requiredText,
    reviewIntervalMonths: z
      .number()
      .int()
      .positive()
      .nullable()
      .transform((value) => value ?? DEFAULT_REVIEW_INTERVAL_MONTHS),
    maxReviewIntervalMonths: z
      .number()
      .int()
      .positive()
      .nullable()
      .transform((value) => value ?? DEFAULT_MAX_REVIEW_INTERVAL_MONTHS),
    timeZone,
    readingGradeTarget: z
      .number()
      .positive()
      .nullable()
      .transform((value) => value ?? DEFAULT_READING_GRADE_TARGET),
  },
  { error: "The site settings document (id siteSettings) is missing" },
) satisfies z.ZodType<SiteSettings, SettingsResult | null>;
