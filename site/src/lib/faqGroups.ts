import type { FaqCard } from "./content.ts";

export interface FaqGroup {
  title: string;
  faqs: FaqCard[];
}

/**
 * Groups questions under the article that lists them, in the article's order;
 * a question no article lists goes under "Other questions". Each question
 * appears once, with the first article that claims it.
 */
export function groupFaqs(
  articles: readonly { title: string; faqIds: string[] | null }[],
  faqs: readonly FaqCard[],
): FaqGroup[] {
  const byId = new Map(faqs.map((faq) => [faq._id, faq]));
  const placed = new Set<string>();
  const groups: FaqGroup[] = [];
  for (const article of articles) {
    const own = (article.faqIds ?? []).flatMap((id) => {
      const faq = byId.get(id);
      if (!faq || placed.has(id)) return [];
      placed.add(id);
      return [faq];
    });
    if (own.length > 0) groups.push({ title: article.title, faqs: own });
  }
  const rest = faqs.filter((faq) => !placed.has(faq._id));
  if (rest.length > 0) groups.push({ title: groups.length > 0 ? "Other questions" : "Questions", faqs: rest });
  return groups;
}

/**
 * Splits any group longer than `max` into parts of at most `max`, the later
 * ones titled "… (continued)", so a page of the FAQ list never holds more
 * than `max` questions, however many one article lists or no article does.
 */
export function splitLongGroups(groups: readonly FaqGroup[], max: number): FaqGroup[] {
  return groups.flatMap((group) =>
    Array.from({ length: Math.max(1, Math.ceil(group.faqs.length / max)) }, (_, part) => ({
      title: part === 0 ? group.title : `${group.title} (continued)`,
      faqs: group.faqs.slice(part * max, (part + 1) * max),
    })),
  );
}
