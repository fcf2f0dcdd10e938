import { portableTextWords, type RichTextValue } from "@patient-ed/content";

/** The words of a rich text value, for structured data and descriptions. */
export function plainText(value: RichTextValue): string {
  return portableTextWords(value);
}
