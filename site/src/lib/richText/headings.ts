import type { RichTextValue } from "@patient-ed/content";

export interface Heading {
  key: string;
  id: string;
  level: 2 | 3;
  text: string;
}

/**
 * Ids the page around a body already gives its own elements (the skip link's
 * target, the labels of the disclaimer, contents, sources and related
 * sections). A body heading never takes one: a heading "Main content" would
 * otherwise duplicate the id the skip link and aria-labelledby point at.
 */
export const PAGE_ELEMENT_IDS: readonly string[] = [
  "main-content",
  "contents-heading",
  "disclaimer",
  "disclaimer-heading",
  "review-details",
  "sources-heading",
  "urgent-help-heading",
  "related-faqs-heading",
  "related-heading",
];

function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "section";
}

/**
 * The h2 and h3 headings of a body with unique, readable ids. The contents
 * list and the rendered headings both use this, so their anchors agree.
 */
export function headingsOf(body: RichTextValue): Heading[] {
  const used = new Set<string>(PAGE_ELEMENT_IDS);
  // Where to resume numbering each repeated slug, so 2,000 headings with one text cost 2,000 steps, not 2 million.
  const nextNumber = new Map<string, number>();
  const headings: Heading[] = [];
  for (const block of body) {
    if (block._type !== "block" || (block.style !== "h2" && block.style !== "h3")) continue;
    const text = block.children
      .map((span) => span.text)
      .join("")
      .trim();
    const base = slugify(text);
    let id = base;
    if (used.has(id)) {
      let n = nextNumber.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      nextNumber.set(base, n + 1);
    }
    used.add(id);
    headings.push({ key: block._key, id, level: block.style === "h2" ? 2 : 3, text });
  }
  return headings;
}

/**
 * The heading level a callout's own heading takes: one below the section it
 * sits in, so heading levels never skip (h2 for a callout before any heading).
 */
export function calloutHeadingLevels(body: RichTextValue): Map<string, number> {
  const levels = new Map<string, number>();
  let sectionLevel = 1;
  for (const block of body) {
    if (block._type === "block" && block.style === "h2") sectionLevel = 2;
    else if (block._type === "block" && block.style === "h3") sectionLevel = 3;
    else if (block._type === "callout") levels.set(block._key, Math.min(sectionLevel + 1, 4));
  }
  return levels;
}
