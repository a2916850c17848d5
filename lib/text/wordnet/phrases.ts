import { isContentWord } from '../terms';
import type { Token } from '../tokenize';
import { phraseLemma } from './related';

/** A run of words that WordNet knows as one lemma ("check in", "credit card", "give back"). */
export interface LemmaPhrase {
  lemma: string;
  surface: string;
  /** Token indexes covered, first to last. */
  indexes: number[];
}

const LONGEST = 3;

/**
 * Multi-word lemmas in a token run, longest first and not overlapping. Particles that are stop words
 * ("in", "up", "back") count here, since they change the verb's meaning ("check in", "set up").
 */
export function lemmaPhrases(tokens: readonly Token[]): LemmaPhrase[] {
  const phrases: LemmaPhrase[] = [];
  for (let start = 0; start < tokens.length; ) {
    let found: LemmaPhrase | undefined;
    for (let length = LONGEST; length >= 2 && !found; length--) {
      const run = tokens.slice(start, start + length);
      if (run.length < length || run.slice(1).some((token) => token.clauseStart)) continue;
      if (!run.some((token) => isContentWord(token.word))) continue;
      const lemma = phraseLemma(run.map((token) => token.word));
      if (lemma) {
        found = {
          lemma,
          surface: run.map((token) => token.surface).join(' ').toLowerCase(),
          indexes: run.map((token) => token.index),
        };
      }
    }
    if (found) phrases.push(found);
    start += found ? found.indexes.length : 1;
  }
  return phrases;
}
