import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";
import { LONG_SENTENCE_WORDS } from "../rules.ts";

export interface ReadabilityEstimate {
  /** Flesch–Kincaid grade level (US school grade); null for text too short to judge. */
  grade: number | null;
  sentences: number;
  words: number;
  /** Sentences over LONG_SENTENCE_WORDS words, as written. */
  longSentences: string[];
}

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

function wordsOf(text: string): string[] {
  return [...wordSegmenter.segment(text)].filter((part) => part.isWordLike).map((part) => part.segment);
}

/**
 * Estimates how hard a text is to read. The counting is done by the
 * platform's Unicode segmenter (sentences and words) and wooorm's `syllable`;
 * the grade comes from the `flesch-kincaid` formula package.
 */
export function estimateReadability(text: string): ReadabilityEstimate {
  const sentences = [...sentenceSegmenter.segment(text)]
    .map((part) => part.segment.trim())
    .filter((s) => wordsOf(s).length > 0);
  const words = wordsOf(text);
  const longSentences = sentences.filter((sentence) => wordsOf(sentence).length > LONG_SENTENCE_WORDS);
  if (words.length < 30 || sentences.length === 0) {
    return { grade: null, sentences: sentences.length, words: words.length, longSentences };
  }
  const syllables = words.reduce((total, word) => total + syllable(word), 0);
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade: Math.round(grade * 10) / 10, sentences: sentences.length, words: words.length, longSentences };
}
