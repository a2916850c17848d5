import { stemmer } from 'stemmer';

const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** The Porter stem of a lower-case word ("charged", "charges" → "charg"), memoised. */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    // A plain size cap is enough: the vocabulary of chats and descriptions is small and repetitive.
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
