import { BLOCKS_RULE, MAX_BLOCKS, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from "@patient-ed/content";
import { DocumentTextIcon } from "@sanity/icons/DocumentText";
import { defineArrayMember, defineField, defineType } from "sanity";
import { reviewFields, reviewGroups, reviewInitialValues } from "../fields/reviewFields.ts";
import { reviewPreview } from "../fields/reviewPreview.ts";
import { figureFields, imageFileRule } from "../fields/imageDetails.ts";
import { slugField } from "../fields/slugField.ts";
import { referencesField } from "../fields/referencesField.ts";
import { readabilityRule } from "../../review/readabilityRule.ts";
import { documentLimitsRule } from "../fields/documentLimitsRule.ts";

export const article = defineType({
  name: "article",
  title: "Article",
  type: "document",
  icon: DocumentTextIcon,
  groups: reviewGroups,
  initialValue: reviewInitialValues,
  fields: [
    defineField({
      name: "title",
      title: "Title",
      type: "string",
      group: "content",
      description: "The page heading patients see. Plain words, no abbreviations they may not know.",
      validation: (rule) => rule.required().max(TITLE_MAX_LENGTH),
    }),
    slugField("title"),
    defineField({
      name: "summary",
      title: "Summary",
      type: "text",
      rows: 3,
      group: "content",
      description: `A plain-language standfirst of at most ${SUMMARY_MAX_LENGTH} characters. It opens the page and is the description search engines show.`,
      validation: (rule) => rule.required().max(SUMMARY_MAX_LENGTH),
    }),
    defineField({
      name: "leadImage",
      title: "Lead image",
      type: "image",
      group: "content",
      options: { hotspot: true },
      description:
        "Optional. Shown at the top of the article and when the page is shared on social media, cut to a wide card around the hotspot.",
      fields: figureFields,
      validation: imageFileRule("The lead image"),
    }),
    defineField({
      name: "body",
      title: "Body",
      type: "richText",
      group: "content",
      description:
        "The article. Use Heading 2 for sections, callouts for advice about when to get help, and link every claim to a source.",
      validation: (rule) => [
        rule.required().min(1),
        rule.max(MAX_BLOCKS).error(BLOCKS_RULE),
        rule.custom(readabilityRule).warning(),
      ],
    }),
    defineField({
      name: "faqs",
      title: "Frequently asked questions",
      type: "array",
      group: "content",
      description: "FAQ entries shown with this article, in this order.",
      of: [defineArrayMember({ type: "reference", to: [{ type: "faq" }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: "author",
      title: "Author",
      type: "reference",
      to: [{ type: "person" }],
      group: "content",
      description: "Who wrote the page. The clinical reviewer is set separately under Clinical review.",
    }),
    ...reviewFields,
    referencesField,
    defineField({
      name: "topics",
      title: "Topics",
      type: "array",
      group: "content",
      description: "Tags that group related pages, for example 'depression' or 'treatments'.",
      of: [defineArrayMember({ type: "string" })],
      options: { layout: "tags" },
    }),
  ],
  validation: (rule) => rule.custom(documentLimitsRule),
  preview: reviewPreview("title"),
});
