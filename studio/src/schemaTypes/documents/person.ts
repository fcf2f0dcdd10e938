import { UserIcon } from "@sanity/icons/User";
import { defineField, defineType } from "sanity";
import { altTextField } from "../fields/altText.ts";
import { imageFileRule } from "../fields/imageDetails.ts";
import { slugField } from "../fields/slugField.ts";
import { documentLimitsRule } from "../fields/documentLimitsRule.ts";

export const person = defineType({
  name: "person",
  title: "Person",
  type: "document",
  icon: UserIcon,
  groups: [{ name: "content", title: "Profile", default: true }],
  fields: [
    defineField({
      name: "name",
      title: "Name",
      type: "string",
      group: "content",
      description: "Full name as it should appear on pages, without titles (put those in Credentials).",
      validation: (rule) => rule.required(),
    }),
    slugField("name"),
    defineField({
      name: "credentials",
      title: "Credentials",
      type: "string",
      group: "content",
      description:
        "Qualifications patients can check, for example 'MD, board-certified psychiatrist'. Required for clinical reviewers.",
    }),
    defineField({
      name: "role",
      title: "Role",
      type: "string",
      group: "content",
      description: "For example 'Clinical reviewer' or 'Medical writer'.",
    }),
    defineField({
      name: "bio",
      title: "Short biography",
      type: "text",
      rows: 4,
      group: "content",
      description: "Two or three sentences on experience relevant to the pages this person writes or reviews.",
    }),
    defineField({
      name: "sanityUser",
      title: "Sanity user",
      type: "string",
      group: "content",
      description:
        "For clinical reviewers: the Sanity user id or email address they sign in with, so the Studio offers them Sign off and publish. The relay's administrator grants the right itself (SIGNOFF_REVIEWERS).",
    }),
    defineField({
      name: "photo",
      title: "Photo",
      type: "image",
      group: "content",
      options: { hotspot: true },
      fields: [altTextField],
      validation: imageFileRule("A photo"),
    }),
  ],
  validation: (rule) => rule.custom(documentLimitsRule),
  preview: {
    select: { title: "name", subtitle: "credentials", media: "photo" },
  },
});
