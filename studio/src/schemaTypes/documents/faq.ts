import { BLOCKS_RULE, isQuestion, MAX_BLOCKS, QUESTION_MAX_LENGTH, QUESTION_RULE } from "@patient-ed/content";
import { HelpCircleIcon } from "@sanity/icons/HelpCircle";
import { defineArrayMember, defineField, defineType } from "sanity";
import { reviewFields, reviewGroups, reviewInitialValues } from "../fields/reviewFields.ts";
import { reviewPreview } from "../fields/reviewPreview.ts";
import { slugField } from "../fields/slugField.ts";
import { referencesField } from "../fields/referencesField.ts";
import { readabilityRule } from "../../review/readabilityRule.ts";
import { documentLimitsRule } from "../fields/documentLimitsRule.ts";

export const faq = defineType({
  name: "faq",
  title: "FAQ entry",
  type: "document",
  icon: HelpCircleIcon,
  groups: reviewGroups,
  initialValue: reviewInitialValues,
  fields: [
    defineField({
      name: "question",
      title: "Question",
      type: "string",
      group: "content",
      description: "The question as a patient would ask it, ending with a question mark.",
      validation: (rule) =>
        rule
          .required()
          .max(QUESTION_MAX_LENGTH)
          .custom((value?: string) => (value === undefined || isQuestion(value) ? true : QUESTION_RULE)),
    }),
    slugField("question"),
    defineField({
      name: "answer",
      title: "Answer",
      type: "richText",
      group: "content",
      description: "A short, direct answer first, then detail. Say when to seek help.",
      validation: (rule) => [
        rule.required().min(1),
        rule.max(MAX_BLOCKS).error(BLOCKS_RULE),
        rule.custom(readabilityRule).warning(),
      ],
    }),
    defineField({
      name: "relatedArticles",
      title: "Related articles",
      type: "array",
      group: "content",
      description: "Articles that explain this answer in more depth.",
      of: [defineArrayMember({ type: "reference", to: [{ type: "article" }] })],
      validation: (rule) => rule.unique(),
    }),
    ...reviewFields,
    referencesField,
  ],
  validation: (rule) => rule.custom(documentLimitsRule),
  preview: reviewPreview("question"),
});
