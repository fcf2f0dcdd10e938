import { ImageIcon } from "@sanity/icons/Image";
import { defineArrayMember, defineType } from "sanity";
import { figureFields, imageFileRule } from "../fields/imageDetails.ts";
import { blockLimitsRule } from "./blockLimitsRule.ts";

/**
 * The Portable Text used for article bodies, FAQ answers and pages. Each field
 * that uses it sets its own validation (a field's rules replace its type's),
 * including the contract's MAX_BLOCKS.
 */
export const richText = defineType({
  name: "richText",
  title: "Rich text",
  type: "array",
  of: [
    defineArrayMember({
      type: "block",
      styles: [
        { title: "Normal", value: "normal" },
        { title: "Heading 2", value: "h2" },
        { title: "Heading 3", value: "h3" },
      ],
      lists: [
        { title: "Bullet", value: "bullet" },
        { title: "Numbered", value: "number" },
      ],
      marks: {
        decorators: [
          { title: "Strong", value: "strong" },
          { title: "Emphasis", value: "em" },
        ],
        annotations: [{ type: "link" }, { type: "internalLink" }],
      },
      validation: (rule) => rule.custom(blockLimitsRule),
    }),
    defineArrayMember({ type: "callout" }),
    defineArrayMember({
      type: "image",
      icon: ImageIcon,
      options: { hotspot: true },
      fields: figureFields,
      validation: imageFileRule("An image"),
    }),
  ],
});
