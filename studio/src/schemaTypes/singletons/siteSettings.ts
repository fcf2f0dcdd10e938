import { CogIcon } from "@sanity/icons/Cog";
import { defineArrayMember, defineField, defineType } from "sanity";
import {
  DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
  DEFAULT_READING_GRADE_TARGET,
  DEFAULT_REVIEW_INTERVAL_MONTHS,
  DEFAULT_TIME_ZONE,
  READING_GRADE_RANGE,
  REVIEW_INTERVAL_RANGE,
  CONTACT_RULE,
  contactKind,
  SITE_SETTINGS_ID,
  WEB_SCHEMES,
  hasScheme,
  isTimeZone,
  MAX_INTERVAL_RULE,
  schemeRule,
  TIME_ZONE_RULE,
} from "@patient-ed/content";
import { documentLimitsRule } from "../fields/documentLimitsRule.ts";

interface Intervals {
  reviewIntervalMonths?: number;
  maxReviewIntervalMonths?: number;
}

export const siteSettings = defineType({
  name: SITE_SETTINGS_ID,
  title: "Site settings",
  type: "document",
  icon: CogIcon,
  fields: [
    defineField({
      name: "siteName",
      title: "Site name",
      type: "string",
      description: "Shown in the header and in every page title.",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "publisher",
      title: "Publisher",
      type: "object",
      description: "The organisation responsible for the content, named in the page metadata search engines read.",
      fields: [
        defineField({
          name: "name",
          title: "Organisation name",
          type: "string",
          validation: (rule) => rule.required(),
        }),
        defineField({
          name: "url",
          title: "Website",
          type: "url",
          validation: (rule) =>
            rule
              .required()
              .uri({ scheme: [...WEB_SCHEMES] })
              .custom((value?: string) =>
                value === undefined || hasScheme(value, WEB_SCHEMES) ? true : schemeRule(WEB_SCHEMES),
              ),
        }),
      ],
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "contact",
      title: "Contact",
      type: "string",
      description:
        "How patients reach the editorial team about the content: an email address, or a web address starting with https://.",
      validation: (rule) =>
        rule.custom((value?: string) => (value === undefined || contactKind(value) !== null ? true : CONTACT_RULE)),
    }),
    defineField({
      name: "urgentHelp",
      title: "Urgent help lines",
      type: "array",
      of: [defineArrayMember({ type: "helpContact" })],
      description:
        "Shown at the top of every page under 'Need help now?', each as a link a patient can tap to call or text. Most urgent first. Check every number is right for the country named.",
      validation: (rule) => rule.required().min(1),
    }),
    defineField({
      name: "urgentHelpNote",
      title: "Urgent help, for everyone else",
      type: "string",
      description: "One short sentence after the help lines, e.g. 'Anywhere else, call your local emergency number.'",
    }),
    defineField({
      name: "defaultDisclaimer",
      title: "Default medical disclaimer",
      type: "text",
      rows: 4,
      description:
        "New articles and FAQ entries start with this disclaimer. Changing it does not change existing pages.",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "reviewIntervalMonths",
      title: "Review interval (months)",
      type: "number",
      description: `New documents are due for review this many months after their last review (default ${DEFAULT_REVIEW_INTERVAL_MONTHS}).`,
      initialValue: DEFAULT_REVIEW_INTERVAL_MONTHS,
      validation: (rule) => rule.required().integer().min(REVIEW_INTERVAL_RANGE.min).max(REVIEW_INTERVAL_RANGE.max),
    }),
    defineField({
      name: "maxReviewIntervalMonths",
      title: "Maximum review interval (months)",
      type: "number",
      description: `No page may go longer than this between clinical reviews (default ${DEFAULT_MAX_REVIEW_INTERVAL_MONTHS}).`,
      initialValue: DEFAULT_MAX_REVIEW_INTERVAL_MONTHS,
      validation: (rule) =>
        rule
          .required()
          .integer()
          .min(REVIEW_INTERVAL_RANGE.min)
          .max(REVIEW_INTERVAL_RANGE.max)
          .custom((value: number | undefined, context) => {
            const interval = (context.document as Intervals | undefined)?.reviewIntervalMonths;
            return value === undefined || interval === undefined || value >= interval ? true : MAX_INTERVAL_RULE;
          }),
    }),
    defineField({
      name: "timeZone",
      title: "Time zone",
      type: "string",
      description:
        "The IANA time zone review dates are judged in, for example 'Europe/London'. A page becomes overdue at midnight here.",
      initialValue: DEFAULT_TIME_ZONE,
      validation: (rule) => rule.custom((value?: string) => (!value || isTimeZone(value) ? true : TIME_ZONE_RULE)),
    }),
    defineField({
      name: "readingGradeTarget",
      title: "Target reading grade",
      type: "number",
      description: `Body and answer text above this estimated school grade gets a readability warning (default ${DEFAULT_READING_GRADE_TARGET}).`,
      initialValue: DEFAULT_READING_GRADE_TARGET,
      validation: (rule) => rule.min(READING_GRADE_RANGE.min).max(READING_GRADE_RANGE.max),
    }),
  ],
  validation: (rule) => rule.custom(documentLimitsRule),
  preview: { prepare: () => ({ title: "Site settings" }) },
});
