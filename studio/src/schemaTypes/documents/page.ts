import { BLOCKS_RULE, MAX_BLOCKS, SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH } from "@patient-ed/content";
import { DocumentIcon } from "@sanity/icons/Document";
import { defineField, defineType } from "sanity";
import { slugField } from "../fields/slugField.ts";
import { documentLimitsRule } from "../fields/documentLimitsRule.ts";

/** Standing pages such as the editorial policy and the accessibility statement. */
export const page = defineType({
  name: "page",
  title: "Page",
  type: "document",
  icon: DocumentIcon,
  groups: [{ name: "content", title: "Content", default: true }],
  validation: (rule) => rule.custom(documentLimitsRule),
  fields: [
    defineField({
      name: "title",
      title: "Title",
      type: "string",
      group: "content",
      validation: (rule) => rule.required().max(TITLE_MAX_LENGTH),
    }),
    slugField("title"),
    defineField({
      name: "summary",
      title: "Summary",
      type: "text",
      rows: 2,
      group: "content",
      description: `One or two sentences, used as the description search engines show (at most ${SUMMARY_MAX_LENGTH} characters).`,
      validation: (rule) => rule.required().max(SUMMARY_MAX_LENGTH),
    }),
    defineField({
      name: "body",
      title: "Body",
      type: "richText",
      group: "content",
      validation: (rule) => [rule.required(), rule.max(MAX_BLOCKS).error(BLOCKS_RULE)],
    }),
    defineField({
      name: "footerLink",
      title: "Link from the footer",
      type: "boolean",
      group: "content",
      description: "Show this page in the footer of every page (for the editorial policy and accessibility statement).",
      initialValue: false,
    }),
  ],
});
