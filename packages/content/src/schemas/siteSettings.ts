import { assertTimeZone } from "../calendar/today.ts";
import {
  DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
  DEFAULT_READING_GRADE_TARGET,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DEFAULT_TIME_ZONE,
} from "../rules.ts";
import { z } from "zod";
import type { SiteSettingsQueryResult } from "../../generated/sanity.types.ts";
import { requiredText } from "./fields.ts";

type SettingsResult = NonNullable<SiteSettingsQueryResult>;

/** Settings with every default applied: pages never handle a missing value. */
export interface SiteSettings {
  siteName: string;
  publisher: { name: string; url: string };
  contact: string | null;
  urgentHelp: string;
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
    contact: z.string().nullable(),
    urgentHelp: requiredText,
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
