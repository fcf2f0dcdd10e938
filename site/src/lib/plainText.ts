import type { RichTextValue } from "@patient-ed/content";

/** The words of a rich text value, for structured data and the feed. */
export function plainText(value: RichTextValue): string {
  return value
    .flatMap((block) => {
      if (block._type === "block") return [block.children.map((span) => span.text).join("")];
      if (block._type === "callout") return [block.title, plainText(block.body)];
      return [];
    })
    .join("\n\n");
}
