import {
  HELP_CONTACT_KINDS,
  HELP_LABEL_MAX_LENGTH,
  PHONE_NUMBER_PATTERN,
  PHONE_NUMBER_RULE,
} from "@patient-ed/content";
import { BellIcon } from "@sanity/icons/Bell";
import { defineField, defineType } from "sanity";

/** One urgent-help line, shown on every page as a link a patient in crisis can tap to call or text. */
export const helpContact = defineType({
  name: "helpContact",
  title: "Help line",
  type: "object",
  icon: BellIcon,
  fields: [
    defineField({
      name: "label",
      title: "Who answers",
      type: "string",
      description: "Short, with the country when it matters, e.g. 'Samaritans (UK, free)' or 'Emergency (UK)'.",
      validation: (rule) => rule.required().max(HELP_LABEL_MAX_LENGTH),
    }),
    defineField({
      name: "number",
      title: "Number",
      type: "string",
      description: "As people dial it, e.g. 999 or 116 123. Check it is right for the country named.",
      validation: (rule) =>
        rule
          .required()
          .custom((value?: string) =>
            value === undefined || PHONE_NUMBER_PATTERN.test(value) ? true : PHONE_NUMBER_RULE,
          ),
    }),
    defineField({
      name: "kind",
      title: "Call or text",
      type: "string",
      description: "Whether the link calls the number or starts a text message. Add the number twice for both.",
      options: { list: [...HELP_CONTACT_KINDS], layout: "radio", direction: "horizontal" },
      initialValue: "call",
      validation: (rule) => rule.required(),
    }),
  ],
  preview: {
    select: { label: "label", number: "number", kind: "kind" },
    prepare: ({ label, number, kind }: { label?: string; number?: string; kind?: string }) => ({
      title: label ?? "Help line",
      subtitle: [kind === "text" ? "Text" : "Call", number].filter(Boolean).join(" "),
    }),
  },
});
