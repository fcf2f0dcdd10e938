import { block, wordCount, type Block, type BodyItem, type Callout, type Keys, type Run } from "./portableText.ts";
import { distinctInts, type Random } from "./random.ts";
import { fill, sentence, sentences, slugify, type Theme } from "./text.ts";
import { CALLOUT_TITLES, HEADINGS, SUBHEADINGS } from "./vocabulary.ts";

export interface BodyContext {
  keys: Keys;
  random: Random;
  theme: Theme;
  /** Ids an internal link may point to: other articles and this article's FAQs. */
  linkTargets: readonly string[];
}

/** A paragraph, sometimes with emphasis, an external source link or an internal link. */
function paragraph(context: BodyContext): BodyItem {
  const { random, theme, keys } = context;
  const runs: Run[] = [`${sentences(theme, random, random.int(2, 4))} `];
  const roll = random.next();
  if (roll < 0.2) {
    runs.push({ text: sentence(theme, random), decorator: random.chance(0.5) ? "strong" : "em" });
  } else if (roll < 0.35) {
    runs.push("See ", {
      text: "the published guidance",
      href: `https://www.example.org/guidance/${slugify(theme.condition)}`,
    });
    runs.push(".");
  } else if (roll < 0.55 && context.linkTargets.length > 0) {
    runs.push("Read more in ", { text: `our page on ${theme.condition}`, ref: random.pick(context.linkTargets) });
    runs.push(".");
  } else {
    runs.push(sentence(theme, random));
  }
  return block(keys, "normal", runs);
}

function list(context: BodyContext, kind: "bullet" | "number"): Block[] {
  const count = context.random.int(3, 6);
  const items: Block[] = [];
  for (let index = 0; index < count; index++) {
    items.push(block(context.keys, "normal", [sentence(context.theme, context.random)], kind));
  }
  return items;
}

export function callout(context: BodyContext): Callout {
  const { keys, random, theme } = context;
  const level = random.pick(["info", "non-urgent", "urgent", "emergency"] as const);
  // Callouts allow only the strong decorator and bullet lists (see the Studio's callout schema).
  const body = [
    block(keys, "normal", [{ text: sentence(theme, random), decorator: "strong" }]),
    ...list(context, "bullet").slice(0, 3),
  ];
  return { _type: "callout", _key: keys(), level, title: random.pick(CALLOUT_TITLES[level]), body };
}

/**
 * About `targetWords` words of article body: an introduction, then sections
 * under h2 headings, with h3 subsections, bullet and numbered lists and a
 * callout, the way the seed articles are written.
 */
export function articleBody(context: BodyContext, targetWords: number): BodyItem[] {
  const { keys, random, theme } = context;
  const items: BodyItem[] = [];
  let words = 0;
  const add = (...added: BodyItem[]) => {
    items.push(...added);
    words += wordCount(added);
  };
  add(block(keys, "normal", [sentences(theme, random, 3)]));
  const headingOrder = distinctInts(random, HEADINGS.length, HEADINGS.length);
  for (let section = 0; words < targetWords; section++) {
    const heading = HEADINGS[headingOrder[section % headingOrder.length] ?? 0] ?? "More information";
    add(block(keys, "h2", [fill(heading, theme, random)]));
    const paragraphs = random.int(2, 3);
    for (let index = 0; index < paragraphs; index++) add(paragraph(context));
    if (section === 1) add(...list(context, "bullet"));
    if (section === 2) add(callout(context));
    if (section === 3) add(...list(context, "number"));
    if (section % 2 === 0) {
      add(block(keys, "h3", [random.pick(SUBHEADINGS)]));
      add(paragraph(context));
    }
  }
  return items;
}
