/** The loosest shape of Portable Text this needs: it also reads unvalidated documents. */
export interface LooseBlock {
  _type?: string;
  title?: string;
  children?: readonly { text?: string }[];
  body?: readonly LooseBlock[];
}

/**
 * The words of Portable Text, one paragraph per block, callouts included:
 * what a patient reads, for readability estimates, descriptions and feeds.
 */
export function portableTextWords(value: readonly LooseBlock[] | null | undefined): string {
  return (value ?? [])
    .flatMap((block) => {
      if (block._type === "block") return [(block.children ?? []).map((span) => span.text ?? "").join("")];
      if (block._type === "callout") return [block.title ?? "", portableTextWords(block.body)];
      return [];
    })
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}
