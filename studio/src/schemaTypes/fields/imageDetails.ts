import { defineField } from "sanity";
import { altTextField } from "./altText.ts";

/** Who made the image or holds its rights, shown under it as "Image: <credit>". */
export const imageCreditField = defineField({
  name: "credit",
  title: "Credit",
  type: "string",
  description: "Whose photo or drawing this is, if the licence asks for a credit (for example 'Jane Doe / CC BY 4.0').",
});

export const imageCaptionField = defineField({
  name: "caption",
  title: "Caption",
  type: "string",
  description: "Optional text shown under the image.",
});

/** What every image patients see in an article carries: alt text (required), a caption and a credit. */
export const figureFields = [altTextField, imageCaptionField, imageCreditField];
