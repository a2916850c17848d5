import { corpusFrequency } from './wordnet/word-frequency';

// Frequency at which a word is treated as carrying no topic at all ("time", "get", "know" come near).
const SATURATION = 2000;
// Even the commonest word keeps some weight: "time" can still be the point of a message.
const FLOOR = 0.2;

/**
 * How much a word says about a topic, 0.2..1, from its frequency in general English: rare words
 * ("refund", "router") are specific, everyday ones ("time", "need", "help") are not.
 */
export function specificity(word: string): number {
  const frequency = corpusFrequency(word);
  const rarity = Math.max(0, Math.log(SATURATION / (frequency + 1)) / Math.log(SATURATION));
  return FLOOR + (1 - FLOOR) * rarity;
}
