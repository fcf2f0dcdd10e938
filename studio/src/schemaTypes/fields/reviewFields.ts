import { UserIcon } from "@sanity/icons/User";
import { reviewedFields } from "@patient-ed/content";
import { defineArrayMember, defineField, type InitialValueResolverContext } from "sanity";
import { studioToday } from "../../review/studioToday.ts";
import { STUDIO_CLIENT_OPTIONS, studioSettings } from "../../settings/studioSettings.ts";
import { lastReviewedRule, nextReviewDueRule } from "./reviewDateRules.ts";
import { reviewerRule } from "./reviewerRule.ts";

/**
 * The clinical governance fields every patient-facing document carries.
 * Article and FAQ share them so the rules cannot drift apart.
 */
export const reviewFields = [
  defineField({
    name: "reviewer",
    title: "Clinical reviewer",
    type: "reference",
    to: [{ type: "person" }],
    group: "review",
    icon: UserIcon,
    description:
      "The clinician who checked this page and signed it off. Patients see 'Medically reviewed by' with their name and credentials.",
    validation: (rule) => [
      rule.required().error("A clinical reviewer is required before publishing."),
      rule.custom(reviewerRule),
    ],
  }),
  defineField({
    name: "lastReviewed",
    title: "Last reviewed",
    type: "date",
    group: "review",
    description:
      "The date the clinical reviewer last checked the whole page against current evidence. Update it only after a real review.",
    validation: (rule) => rule.required().custom(lastReviewedRule),
  }),
  defineField({
    name: "nextReviewDue",
    title: "Next review due",
    type: "date",
    group: "review",
    description:
      "When the page must be checked again. It must come after the last review and within the maximum interval in Settings.",
    validation: (rule) => rule.required().custom(nextReviewDueRule),
  }),
  defineField({
    name: "disclaimer",
    title: "Medical disclaimer",
    type: "text",
    rows: 3,
    group: "review",
    description:
      "Shown prominently on the page. New documents start with the default disclaimer from Settings; change it only with clinical sign-off.",
    validation: (rule) => rule.required().error("A medical disclaimer is required."),
  }),
  defineField({
    name: "clinicalSignoff",
    title: "Clinical sign-off",
    type: "clinicalSignoff",
    group: "review",
    description:
      "Written by 'Sign off and publish' when the clinical reviewer approves this page. Any later change to what patients read makes the page 'changed since sign-off' until the reviewer signs again.",
  }),
  defineField({
    name: "reviewHistory",
    title: "Review history",
    type: "array",
    group: "review",
    readOnly: true,
    description: "Every clinical sign-off of this page, newest first. Patients see it at the foot of the page.",
    of: [defineArrayMember({ type: "clinicalSignoff" })],
  }),
];

/** New articles and FAQs start with the settings' disclaimer and review interval. */
export async function reviewInitialValues(
  _params: unknown,
  context: InitialValueResolverContext,
): Promise<Record<string, string>> {
  const settings = await studioSettings(context.getClient(STUDIO_CLIENT_OPTIONS));
  const values: Record<string, string> = reviewedFields(studioToday(), settings.reviewIntervalMonths);
  if (settings.defaultDisclaimer) values.disclaimer = settings.defaultDisclaimer;
  return values;
}

export const reviewGroups = [
  { name: "content", title: "Content", default: true },
  { name: "review", title: "Clinical review" },
];
