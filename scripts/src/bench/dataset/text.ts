import type { Random } from "./random.ts";
import { ACTIVITIES, BENEFITS, PROFESSIONALS, SENTENCES, SYMPTOMS, TIMES } from "./vocabulary.ts";

/** What a document is about: every sentence in it talks about the same condition and treatment. */
export interface Theme {
  condition: string;
  treatment: string;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fills a template's slots; {C} and {T} are the capitalised forms. */
export function fill(template: string, theme: Theme, random: Random): string {
  return template.replace(/\{([a-zA-Z])\}/g, (_match, slot: string) => {
    switch (slot) {
      case "c":
        return theme.condition;
      case "C":
        return capitalise(theme.condition);
      case "t":
        return theme.treatment;
      case "T":
        return capitalise(theme.treatment);
      case "s":
        return random.pick(SYMPTOMS);
      case "p":
        return random.pick(PROFESSIONALS);
      case "w":
        return random.pick(TIMES);
      case "a":
        return random.pick(ACTIVITIES);
      case "b":
        return random.pick(BENEFITS);
      default:
        return slot;
    }
  });
}

export function sentence(theme: Theme, random: Random): string {
  return fill(random.pick(SENTENCES), theme, random);
}

/** `count` sentences joined as one paragraph's text. */
export function sentences(theme: Theme, random: Random, count: number): string {
  const parts: string[] = [];
  for (let index = 0; index < count; index++) parts.push(sentence(theme, random));
  return parts.join(" ");
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
