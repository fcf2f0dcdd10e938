import { defineField } from "sanity";

/** Alt text is required wherever an image appears: patients may not see it. */
export const altTextField = defineField({
  name: "alt",
  title: "Alternative text",
  type: "string",
  description:
    "Describe what the image shows for someone who cannot see it. Say what matters clinically, not 'image of'.",
  validation: (rule) => rule.required().error("Alternative text is required for every image."),
});
