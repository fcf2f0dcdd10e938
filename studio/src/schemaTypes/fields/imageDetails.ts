import { imageNeedsFile } from "@patient-ed/content";
import { defineField, type ImageRule } from "sanity";
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

/**
 * An image with text but no file: removing the file in the Studio keeps the alt text, caption and credit, and the
 * build would refuse what is left. Refused here first, in the contract's words.
 */
export function imageFileRule(what: string) {
  return (rule: ImageRule) =>
    rule.custom((value: { asset?: unknown } | undefined) => (value && !value.asset ? imageNeedsFile(what) : true));
}
