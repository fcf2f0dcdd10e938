/*
 * Builders for Portable Text as the Studio schema stores it. Keys come from
 * a per-document counter: unique within the document (Sanity needs them
 * unique within each array) and stable for a given seed.
 */

export type Keys = () => string;

export function keyCounter(prefix = "k"): Keys {
  let next = 0;
  return () => `${prefix}${(next++).toString(36)}`;
}

export interface Span {
  _type: "span";
  _key: string;
  text: string;
  marks: string[];
}

export type MarkDef =
  | { _type: "link"; _key: string; href: string }
  | { _type: "internalLink"; _key: string; reference: { _type: "reference"; _ref: string } };

export interface Block {
  _type: "block";
  _key: string;
  style: "normal" | "h2" | "h3";
  children: Span[];
  markDefs: MarkDef[];
  listItem?: "bullet" | "number";
  level?: number;
}

export interface Callout {
  _type: "callout";
  _key: string;
  level: "info" | "non-urgent" | "urgent" | "emergency";
  title: string;
  body: Block[];
}

export type BodyItem = Block | Callout;

/** One piece of a paragraph: plain text, a decorated run, or a linked run. */
export type Run =
  | string
  | { text: string; decorator: "strong" | "em" }
  | { text: string; href: string }
  | { text: string; ref: string };

export function block(keys: Keys, style: Block["style"], runs: readonly Run[], list?: Block["listItem"]): Block {
  const markDefs: MarkDef[] = [];
  const children = runs.map((run): Span => {
    if (typeof run === "string") return { _type: "span", _key: keys(), text: run, marks: [] };
    if ("decorator" in run) return { _type: "span", _key: keys(), text: run.text, marks: [run.decorator] };
    const markKey = keys();
    markDefs.push(
      "href" in run
        ? { _type: "link", _key: markKey, href: run.href }
        : { _type: "internalLink", _key: markKey, reference: { _type: "reference", _ref: run.ref } },
    );
    return { _type: "span", _key: keys(), text: run.text, marks: [markKey] };
  });
  const result: Block = { _type: "block", _key: keys(), style, children, markDefs };
  if (list) {
    result.listItem = list;
    result.level = 1;
  }
  return result;
}

/** The number of words a block list shows, for sizing generated bodies. */
export function wordCount(items: readonly BodyItem[]): number {
  let words = 0;
  for (const item of items) {
    const blocks = item._type === "callout" ? item.body : [item];
    for (const current of blocks) {
      for (const span of current.children) words += span.text.split(/\s+/).filter(Boolean).length;
    }
  }
  return words;
}
