import { isListLevel, LIST_LEVEL_RULE, MARKS_RULE, MAX_MARKS_PER_SPAN } from "@patient-ed/content";
import type { PortableTextBlock } from "sanity";

/** A text block's list level and the marks on each of its runs of text, within the contract's limits. */
export function blockLimitsRule(block: PortableTextBlock | undefined): true | string {
  if (!block) return true;
  const level: unknown = block.level;
  if (level !== undefined && (typeof level !== "number" || !isListLevel(level))) return LIST_LEVEL_RULE;
  const children: unknown = block.children;
  const spans = Array.isArray(children) ? (children as { marks?: unknown }[]) : [];
  const overMarked = spans.some((span) => Array.isArray(span.marks) && span.marks.length > MAX_MARKS_PER_SPAN);
  return overMarked ? MARKS_RULE : true;
}
