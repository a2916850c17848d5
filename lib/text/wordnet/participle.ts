import { irregularBase } from './lemma-stem';
import { baseForms } from './morphy';

/**
 * True for a verb's participle ("missing", "charged", "lost", "broken"): in a request it mostly
 * describes the state of the thing asked about ("my points are missing") rather than name it.
 */
export function isParticiple(word: string): boolean {
  if (/(ed|ing)$/.test(word)) return baseForms(word, 'v').some((base) => base !== word);
  const base = irregularBase(word);
  return base !== undefined && base !== word && baseForms(base, 'v').length > 0 && /(en|t|wn|ne)$/.test(word);
}
