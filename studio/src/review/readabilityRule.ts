import { portableTextWords, type LooseBlock } from "@patient-ed/content";
import { DEFAULT_READING_GRADE_TARGET, estimateReadability, LONG_SENTENCE_WORDS } from "@patient-ed/review";
import type { ValidationContext } from "sanity";
import { SETTINGS_API_VERSION, SITE_SETTINGS_ID } from "../settings.ts";

/**
 * Readability guidance, shown as a warning (never an error): the estimated
 * reading grade against the target in settings, and each sentence over
 * LONG_SENTENCE_WORDS words.
 */
export async function readabilityRule(
  value: LooseBlock[] | undefined,
  context: ValidationContext,
): Promise<true | string> {
  const estimate = estimateReadability(portableTextWords(value));
  const client = context.getClient({ apiVersion: SETTINGS_API_VERSION });
  const target =
    (await client.fetch<number | null>(`*[_id == $id][0].readingGradeTarget`, { id: SITE_SETTINGS_ID })) ??
    DEFAULT_READING_GRADE_TARGET;
  const advice: string[] = [];
  if (estimate.grade !== null && estimate.grade > target) {
    advice.push(
      `Estimated reading grade ${estimate.grade} is above the target of ${target}: use shorter words and sentences.`,
    );
  }
  for (const sentence of estimate.longSentences) {
    const start = sentence.split(/\s+/).slice(0, 8).join(" ");
    advice.push(`A sentence has more than ${LONG_SENTENCE_WORDS} words: "${start}…"`);
  }
  return advice.length > 0 ? advice.join(" ") : true;
}
