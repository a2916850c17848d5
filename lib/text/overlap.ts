import { HANDOFF_WORDING } from './handoff-wording';
import { analyseTerms } from './terms';

// Words every handoff description shares ("transfer … when the customer asks …") say nothing about
// which requests it covers, so they never count as overlap.
const TEMPLATE_STEMS = new Set(analyseTerms(HANDOFF_WORDING).map((term) => term.stem));

export interface DescriptionOverlap {
  /** 0 (nothing in common) to 1 (the same topics): the Dice coefficient of their topic words. */
  score: number;
  /** The shared topic words as the first description writes them, for showing to the admin. */
  sharedWords: string[];
}

/**
 * How much two descriptions cover the same requests. Two handoffs of one agent that overlap strongly
 * leave the LLM guessing between them: the coach and the review findings both flag it.
 */
export function descriptionOverlap(a: string, b: string): DescriptionOverlap {
  const topicsA = topicWords(a);
  const topicsB = topicWords(b);
  if (topicsA.size === 0 || topicsB.size === 0) return { score: 0, sharedWords: [] };
  const sharedWords: string[] = [];
  for (const [stem, surface] of topicsA) if (topicsB.has(stem)) sharedWords.push(surface);
  return { score: (2 * sharedWords.length) / (topicsA.size + topicsB.size), sharedWords };
}

/** Distinct topic stems, each with the first way the text wrote it. */
function topicWords(text: string): Map<string, string> {
  const topics = new Map<string, string>();
  for (const term of analyseTerms(text)) {
    if (!TEMPLATE_STEMS.has(term.stem) && !topics.has(term.stem)) topics.set(term.stem, term.word);
  }
  return topics;
}
