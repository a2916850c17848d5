import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { stem } from '../stem';

/** WordNet's irregular form → base form, verbs first ("stolen" → "steal", "children" → "child"). */
export function irregularBase(word: string): string | undefined {
  for (const exceptions of [verbExceptions, nounExceptions, adjectiveExceptions]) {
    if (Object.hasOwn(exceptions, word)) return exceptions[word];
  }
  return undefined;
}

/**
 * The matching key of a word: the Porter stem of its base form, so irregular forms meet their
 * regular relatives ("stolen" and "steal" → "steal"; "charged" and "charges" → "charg").
 */
export function lemmaStem(word: string): string {
  return stem(irregularBase(word) ?? word);
}
