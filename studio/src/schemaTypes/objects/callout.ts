import { WarningOutlineIcon } from "@sanity/icons/WarningOutline";
import { BLOCKS_RULE, CALLOUT_LEVELS, CALLOUT_TITLE_MAX_LENGTH, MAX_BLOCKS } from "@patient-ed/content";
import { blockLimitsRule } from "./blockLimitsRule.ts";
import { defineArrayMember, defineField, defineType } from "sanity";

export const callout = defineType({
  name: "callout",
  title: "Callout (care card)",
  type: "object",
  icon: WarningOutlineIcon,
  fields: [
    defineField({
      name: "level",
      title: "Level",
      type: "string",
      description:
        "How urgent the advice is. Urgent and emergency cards tell patients to act now: use them only for clinical warning signs.",
      options: { list: [...CALLOUT_LEVELS], layout: "radio" },
      initialValue: "info",
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: "title",
      title: "Heading",
      type: "string",
      description: "A short visible heading, for example 'Call 999 or go to A&E if you:'.",
      validation: (rule) => rule.required().max(CALLOUT_TITLE_MAX_LENGTH),
    }),
    defineField({
      name: "body",
      title: "Text",
      type: "array",
      description: "What the patient should know or do. Keep it short; lists work well.",
      of: [
        defineArrayMember({
          type: "block",
          styles: [{ title: "Normal", value: "normal" }],
          lists: [{ title: "Bullet", value: "bullet" }],
          marks: {
            decorators: [{ title: "Strong", value: "strong" }],
            annotations: [{ type: "link" }, { type: "internalLink" }],
          },
          validation: (rule) => rule.custom(blockLimitsRule),
        }),
      ],
      validation: (rule) => [rule.required().min(1), rule.max(MAX_BLOCKS).error(BLOCKS_RULE)],
    }),
  ],
  preview: {
    select: { title: "title", level: "level" },
    prepare: ({ title, level }: { title?: string; level?: string }) => ({
      title: title ?? "Callout",
      subtitle: CALLOUT_LEVELS.find((option) => option.value === level)?.title ?? "No level",
    }),
  },
});
