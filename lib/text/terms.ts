import { stem } from './stem';
import { isStopWord } from './stop-words';
import { tokenize, type Token } from './tokenize';

/** A content word of a text: its stem for matching and its surface form for showing. */
export interface Term extends Token {
  stem: string;
}

/** True for tokens that can carry topic: not a stop word, and not a lone letter. */
export function isContentWord(word: string): boolean {
  return word.length > 1 && !isStopWord(word);
}

/** The content words of a text, in order, each with its stem and position. */
export function analyseTerms(text: string): Term[] {
  return tokenize(text)
    .filter((token) => isContentWord(token.word))
    .map((token) => ({ ...token, stem: stem(token.word) }));
}

/**
 * The normalised stems of a text's content words, in order and with repeats (so callers can count),
 * stop words removed: `contentTerms('Charged twice for my charges')` → `['charg', 'twice', 'charg']`.
 */
export function contentTerms(text: string): string[] {
  return analyseTerms(text).map((term) => term.stem);
}
