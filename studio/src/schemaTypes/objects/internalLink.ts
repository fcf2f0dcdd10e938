import { DocumentsIcon } from "@sanity/icons/Documents";
import { defineField, defineType } from "sanity";

export const internalLink = defineType({
  name: "internalLink",
  title: "Link to an article or FAQ",
  type: "object",
  icon: DocumentsIcon,
  fields: [
    defineField({
      name: "reference",
      title: "Page",
      type: "reference",
      to: [{ type: "article" }, { type: "faq" }],
      description: "The article or FAQ entry to link to. The link follows the page if its address changes.",
      validation: (rule) => rule.required(),
    }),
  ],
});
