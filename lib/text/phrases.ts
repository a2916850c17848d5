import type { Term } from './terms';

/** Two content words written side by side in one clause ("direct debit", "money back"). */
export interface WordPair {
  /** The two stems joined by a space, the key both sides of a comparison share. */
  key: string;
  surface: string;
  /** Token indexes of the two words. */
  indexes: [number, number];
}

/** Adjacent content-word pairs, the cheapest sign that a multi-word phrase is shared. */
export function adjacentPairs(terms: readonly Term[]): WordPair[] {
  const pairs: WordPair[] = [];
  for (let i = 1; i < terms.length; i++) {
    const first = terms[i - 1];
    const second = terms[i];
    if (!first || !second || second.index !== first.index + 1 || second.clauseStart) continue;
    pairs.push({
      key: `${first.stem} ${second.stem}`,
      surface: `${first.surface} ${second.surface}`.toLowerCase(),
      indexes: [first.index, second.index],
    });
  }
  return pairs;
}
