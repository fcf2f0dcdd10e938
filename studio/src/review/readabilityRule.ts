import { estimateReadability, LONG_SENTENCE_WORDS, portableTextWords, type LooseBlock } from "@patient-ed/content";
import type { ValidationContext } from "sanity";
import { STUDIO_CLIENT_OPTIONS, studioSettings } from "../settings/studioSettings.ts";

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
  const { readingGradeTarget: target } = await studioSettings(context.getClient(STUDIO_CLIENT_OPTIONS));
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
