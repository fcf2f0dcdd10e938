import { z } from "zod";
import {
  BLOCKS_RULE,
  CALLOUT_LEVEL_VALUES,
  CALLOUT_TITLE_MAX_LENGTH,
  isListLevel,
  LINK_SCHEMES,
  LIST_LEVEL_RULE,
  MARKS_RULE,
  MAX_BLOCKS,
  MAX_MARKS_PER_SPAN,
} from "../rules.ts";
import { reference, figureImage, textAtMost, urlWith } from "./fields.ts";

/*
 * Portable Text as the schema allows it. Checked strictly enough that the
 * renderer never meets a shape it does not know; unknown block types are
 * errors, not silently dropped content.
 */

const span = z.object({
  _type: z.literal("span"),
  _key: z.string(),
  text: z.string({ error: "Must be text" }),
  marks: z.array(z.string()).max(MAX_MARKS_PER_SPAN, MARKS_RULE).optional(),
});

const linkDef = z.object({
  _type: z.literal("link"),
  _key: z.string(),
  href: urlWith(LINK_SCHEMES),
});

const internalLinkDef = z.object({
  _type: z.literal("internalLink"),
  _key: z.string(),
  reference: reference,
});

function block<Style extends string, List extends string>(styles: [Style, ...Style[]], lists: [List, ...List[]]) {
  return z.object({
    _type: z.literal("block"),
    _key: z.string(),
    style: z.enum(styles, { error: `Must be one of: ${styles.join(", ")}` }).optional(),
    listItem: z.enum(lists, { error: `Must be one of: ${lists.join(", ")}` }).optional(),
    level: z.number().refine(isListLevel, LIST_LEVEL_RULE).optional(),
    children: z.array(span),
    markDefs: z.array(z.discriminatedUnion("_type", [linkDef, internalLinkDef])).optional(),
  });
}

const textBlock = block(["normal", "h2", "h3"], ["bullet", "number"]);
const calloutBlock = block(["normal"], ["bullet"]);

const callout = z.object({
  _type: z.literal("callout"),
  _key: z.string(),
  level: z.enum(CALLOUT_LEVEL_VALUES, { error: `Must be one of: ${CALLOUT_LEVEL_VALUES.join(", ")}` }),
  title: textAtMost(CALLOUT_TITLE_MAX_LENGTH),
  body: z.array(calloutBlock).min(1, "A callout needs text").max(MAX_BLOCKS, BLOCKS_RULE),
});

const image = figureImage("An image", { _key: z.string() });

export const richText = z
  .array(z.discriminatedUnion("_type", [textBlock, callout, image], { error: "Unknown kind of content block" }), {
    error: (issue) => (issue.input === undefined || issue.input === null ? "Required" : "Must be rich text"),
  })
  .min(1, "Required")
  .max(MAX_BLOCKS, BLOCKS_RULE);

export type RichTextValue = z.infer<typeof richText>;
