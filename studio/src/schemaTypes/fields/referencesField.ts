import { defineArrayMember, defineField } from "sanity";

/** The evidence behind a page; articles and FAQ answers both cite it. */
export const referencesField = defineField({
  name: "references",
  title: "Sources",
  type: "array",
  group: "review",
  description:
    "The published evidence behind the page's medical claims. Patients see these as 'Sources'. Pages without any appear in the 'Missing references' list.",
  of: [defineArrayMember({ type: "source" })],
});
