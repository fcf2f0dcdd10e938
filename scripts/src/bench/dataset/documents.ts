import { articleBody, callout } from "./articleBody.ts";
import { ids, type DatasetPlan } from "./plan.ts";
import { block, keyCounter, type BodyItem, type Keys } from "./portableText.ts";
import { createRandom, distinctInts, hashSeed, type Random } from "./random.ts";
import { reviewDates } from "./reviewDates.ts";
import { sentence, sentences, slugify, type Theme } from "./text.ts";
import { ASPECTS, CONDITIONS, PUBLISHERS, QUESTIONS, TOPICS, TREATMENTS } from "./vocabulary.ts";

export const DISCLAIMER =
  "This page gives general health information. It is not medical advice and cannot replace a conversation with your own doctor or care team, who know your situation. Do not start, stop or change any treatment without talking to them. If you feel unsafe or are in immediate danger, call 999 in the UK, 988 in the US, or your local emergency number.";

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** Each document draws from its own stream, so the file is the same whatever order it is written in. */
function randomFor(plan: DatasetPlan, kind: string, index: number): Random {
  return createRandom(hashSeed(plan.seed, kind, index));
}

function themeFrom(random: Random): Theme {
  return { condition: random.pick(CONDITIONS), treatment: random.pick(TREATMENTS) };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function reference(id: string, keys?: Keys) {
  return keys ? { _type: "reference", _key: keys(), _ref: id } : { _type: "reference", _ref: id };
}

function sources(keys: Keys, random: Random, theme: Theme, index: number) {
  const count = random.int(3, 8);
  const kinds = [
    "a randomised trial",
    "a systematic review",
    "a cohort study",
    "a meta-analysis",
    "clinical guideline",
  ];
  return Array.from({ length: count }, (_unused, position) => {
    const kind = random.pick(kinds);
    const source: Record<string, unknown> = {
      _type: "source",
      _key: keys(),
      title: `${capitalise(theme.treatment)} for ${theme.condition}: ${kind}`,
      publisher: random.pick(PUBLISHERS),
      year: random.int(1995, 2025),
    };
    if (kind === "clinical guideline") {
      source.url = `https://www.example.org/guidelines/${slugify(theme.condition)}-${index}-${position}`;
    } else {
      source.doi = `10.${random.int(1000, 9999)}/bench.${index}.${position}`;
      if (random.chance(0.7)) source.pmid = String(random.int(10_000_000, 39_999_999));
    }
    return source;
  });
}

export function article(plan: DatasetPlan, index: number): Doc {
  const random = randomFor(plan, "article", index);
  const keys = keyCounter();
  const theme = themeFrom(random);
  const title = `${capitalise(theme.treatment)} for ${theme.condition}: ${random.pick(ASPECTS)}`;
  // The article's own two FAQs, then four shared ones: questions are reused across articles.
  const own = [index * 2, index * 2 + 1].filter((faq) => faq < plan.faqs);
  const faqs = [...own, ...distinctInts(random, 6 - own.length, plan.faqs, own)].map(ids.faq);
  const otherArticles = distinctInts(random, 3, plan.articles, [index]).map(ids.article);
  const body = articleBody({ keys, random, theme, linkTargets: [...otherArticles, ...faqs] }, random.int(1050, 1250));
  return {
    _id: ids.article(index),
    _type: "article",
    ...reviewDates(random, plan.today),
    title,
    slug: { _type: "slug", current: `${slugify(title)}-${index}` },
    summary: `Learn how ${theme.treatment} can help with ${theme.condition}, what to expect, the possible side effects and when to get help.`,
    body,
    faqs: faqs.map((id) => reference(id, keys)),
    author: reference(ids.author(random.int(0, plan.authors - 1))),
    reviewer: reference(ids.reviewer(random.int(0, plan.reviewers - 1))),
    references: sources(keys, random, theme, index),
    disclaimer: DISCLAIMER,
    topics: distinctInts(random, random.int(2, 4), TOPICS.length).map((topic) => TOPICS[topic]),
  };
}

export function faq(plan: DatasetPlan, index: number): Doc {
  const random = randomFor(plan, "faq", index);
  const keys = keyCounter();
  const theme = themeFrom(random);
  const question = fillQuestion(random, theme);
  const owner = Math.floor(index / 2);
  const related = [owner, ...distinctInts(random, random.int(0, 2), plan.articles, [owner])]
    .filter((article) => article < plan.articles)
    .map(ids.article);
  const answer: BodyItem[] = [
    block(keys, "normal", [sentences(theme, random, 2)]),
    block(keys, "normal", [sentences(theme, random, random.int(3, 4))]),
  ];
  if (random.chance(0.4)) {
    for (let item = 0; item < 3; item++) answer.push(block(keys, "normal", [sentence(theme, random)], "bullet"));
  }
  if (random.chance(0.2)) answer.push(callout({ keys, random, theme, linkTargets: related }));
  answer.push(
    block(keys, "normal", [
      `${sentence(theme, random)} Read more in `,
      { text: `our guide to ${theme.condition}`, ref: related[0] ?? ids.article(0) },
      ".",
    ]),
  );
  return {
    _id: ids.faq(index),
    _type: "faq",
    ...reviewDates(random, plan.today),
    question,
    slug: { _type: "slug", current: `${slugify(question).split("-").slice(0, 8).join("-")}-${index}` },
    answer,
    relatedArticles: related.map((id) => reference(id, keys)),
    reviewer: reference(ids.reviewer(random.int(0, plan.reviewers - 1))),
    disclaimer: DISCLAIMER,
  };
}

function fillQuestion(random: Random, theme: Theme): string {
  const template = random.pick(QUESTIONS);
  return template.replace("{t}", theme.treatment).replace("{c}", theme.condition).replace("{p}", "a doctor");
}
