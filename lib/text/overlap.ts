import { isHandoffWordingStem } from './handoff-wording';
import { analyseTerms } from './terms';

/** How much two descriptions say the same thing, and in which words. */
export interface DescriptionOverlap {
  /** 0 (nothing in common) to 1 (the same topic words). */
  score: number;
  /** The shared words as the first text writes them, in its order ("charges", "refunds"). */
  sharedWords: string[];
}

/** Topic words of a description by stem, with the first way each was written. */
// A review compares every pair of an agent's descriptions, so each text's words are worked out once.
const MAX_CACHED_TEXTS = 2048;
const topicWordsOf = new Map<string, ReadonlyMap<string, string>>();

function topicWords(text: string): ReadonlyMap<string, string> {
  const cached = topicWordsOf.get(text);
  if (cached) return cached;
  const words = new Map<string, string>();
  for (const term of analyseTerms(text)) {
    // "Transfer to … when the customer asks" is in every handoff description; it is not overlap.
    if (isHandoffWordingStem(term.stem) || words.has(term.stem)) continue;
    words.set(term.stem, term.surface.toLowerCase());
  }
  if (topicWordsOf.size >= MAX_CACHED_TEXTS) topicWordsOf.delete(topicWordsOf.keys().next().value as string);
  topicWordsOf.set(text, words);
  return words;
}

/**
 * Overlap of two (handoff) descriptions: the cosine of their topic-word sets, so word forms count
 * as one ("charge", "charges") and handoff template words not at all. Runs anywhere (no WordNet),
 * so a form can flag "these two handoffs overlap strongly" as the admin types.
 */
export function descriptionOverlap(a: string, b: string): DescriptionOverlap {
  const first = topicWords(a);
  const second = topicWords(b);
  if (first.size === 0 || second.size === 0) return { score: 0, sharedWords: [] };
  const sharedWords = [...first].filter(([stem]) => second.has(stem)).map(([, surface]) => surface);
  const score = sharedWords.length / Math.sqrt(first.size * second.size);
  return { score: Math.round(score * 1000) / 1000, sharedWords };
}
