import { imageNeedsAlt, imageNeedsFile } from "@patient-ed/content";
import { defineField, type ImageRule } from "sanity";
import { altTextField } from "./altText.ts";

/** Switched on, the image's alternative text is empty and screen readers skip it: for images that add nothing. */
export const decorativeField = defineField({
  name: "decorative",
  title: "Decorative",
  type: "boolean",
  initialValue: false,
  description:
    "Switch on only if the image adds nothing the text beside it does not say (a pattern, a mood picture): screen readers then skip it. A photo or diagram that shows something clinical is never decorative.",
});

/** Alternative text, required unless the image is marked decorative (and then hidden: it would not be read). */
const figureAltField = defineField({
  ...altTextField,
  hidden: ({ parent }) => (parent as { decorative?: boolean } | undefined)?.decorative === true,
  validation: (rule) =>
    rule.custom((value: string | undefined, context) => {
      if ((context.parent as { decorative?: boolean } | undefined)?.decorative === true) return true;
      return value?.trim()
        ? true
        : `${imageNeedsAlt("This image")} (or switch on Decorative if it adds nothing to the text)`;
    }),
});

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

/** What every image patients see in an article carries: alt text (unless decorative), a caption and a credit. */
export const figureFields = [decorativeField, figureAltField, imageCaptionField, imageCreditField];

/**
 * An image with text but no file: removing the file in the Studio keeps the alt text, caption and credit, and the
 * build would refuse what is left. Refused here first, in the contract's words.
 */
export function imageFileRule(what: string) {
  return (rule: ImageRule) =>
    rule.custom((value: { asset?: unknown } | undefined) => (value && !value.asset ? imageNeedsFile(what) : true));
}
