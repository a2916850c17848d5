import { isContentWord } from './terms';
import { tokenize } from './tokenize';

// Abbreviations whose full stops are not sentence ends ("e.g. roof racks").
const ABBREVIATIONS = /\b(?:e\.g\.|i\.e\.|etc\.|incl\.|approx\.)/gi;
// Where one item of a description ends and the next begins: punctuation, a spaced dash, and the
// words that join list items or open a condition ("…, or water damage", "…when the router…").
const BOUNDARY = /[,;:.!?\n]+|\s[-–—]\s|\s&\s|\b(?:or|and|when|whenever|if|such as)\b/i;

/**
 * The parts of an admin's description that each name one situation, in order: its clauses and list
 * items ("Hand off to claims if the policyholder reports an accident, theft, fire or water damage" →
 * "Hand off to claims", "the policyholder reports an accident", "theft", "fire", "water damage").
 * Text in parentheses stays with the item it explains. Parts without a content word are dropped,
 * repeats are kept once, and at most `max` parts are returned (the first ones).
 */
export function descriptionSegments(text: string, max = 12): string[] {
  const protectedText = text
    .replace(ABBREVIATIONS, ' ')
    // Commas inside parentheses do not separate items: "(IELTS, TOEFL)" explains the item before.
    .replace(/\(([^)]*)\)/g, (_, inner: string) => `(${inner.replace(/[,;]/g, ' ')})`);
  const seen = new Set<string>();
  const segments: string[] = [];
  for (const raw of protectedText.split(new RegExp(BOUNDARY.source, 'gi'))) {
    const segment = raw.replace(/\s+/g, ' ').trim();
    const key = segment.toLowerCase();
    if (!segment || seen.has(key)) continue;
    if (!tokenize(segment).some((token) => isContentWord(token.word))) continue;
    seen.add(key);
    segments.push(segment);
    if (segments.length >= max) break;
  }
  return segments;
}
