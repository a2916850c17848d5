import { isContentWord } from '../terms';
import { tokenize } from '../tokenize';
import { getWordNet, PARTS_OF_SPEECH, type Synset } from './database';
import { baseForms } from './morphy';

/** How a related word was reached from the word looked up. */
export type Relation = 'synonym' | 'derivation' | 'hypernym' | 'hyponym' | 'definition';

export interface RelatedWord {
  /** A lemma, multi-word ones with spaces ("give back"). */
  word: string;
  relation: Relation;
  /** 0..1: how much of the original word's meaning the related word is taken to carry. */
  weight: number;
}

export interface RelatedOptions {
  /** Senses per part of speech to follow, most frequent first. Rare senses add mostly noise. */
  senses?: number;
  /** Most hyponyms taken from one synset, so general words ("device") don't flood the result. */
  maxHyponyms?: number;
  /** Which relations to follow; all by default. */
  relations?: readonly Relation[];
}

/** How strongly each relation carries meaning; a sense's weight is multiplied in. */
const RELATION_WEIGHT: Record<Relation, number> = {
  derivation: 0.8,
  synonym: 0.6,
  hypernym: 0.4,
  hyponym: 0.4,
  definition: 0.3,
};
const ALL_RELATIONS = Object.keys(RELATION_WEIGHT) as Relation[];
const HYPERNYM = new Set(['@', '@i']);
const HYPONYM = new Set(['~', '~i']);
// Derivation, pertainym and participle link word forms of one idea across parts of speech.
const DERIVATION = new Set(['+', '\\', '<']);

function lemmaText(lemma: string): string {
  return lemma.replace(/_/g, ' ');
}

/** Words related to `word` (any part of speech) through its most frequent senses in WordNet. */
export function relatedWords(word: string, options: RelatedOptions = {}): RelatedWord[] {
  const { senses = 1, maxHyponyms = 40, relations = ALL_RELATIONS } = options;
  const wordNet = getWordNet();
  const best = new Map<string, RelatedWord>();
  const add = (lemma: string, relation: Relation, senseWeight: number) => {
    if (!relations.includes(relation)) return;
    const text = lemmaText(lemma);
    const weight = RELATION_WEIGHT[relation] * senseWeight;
    const known = best.get(text);
    if (text !== word && (!known || known.weight < weight)) best.set(text, { word: text, relation, weight });
  };
  const addSynsetWords = (synset: Synset, relation: Relation, senseWeight: number, limit = Infinity) => {
    synset.words.slice(0, limit).forEach((lemma) => add(lemma, relation, senseWeight));
  };

  for (const pos of PARTS_OF_SPEECH) {
    for (const lemma of baseForms(word.replace(/ /g, '_'), pos)) {
      wordNet.senses(lemma, pos).slice(0, senses).forEach((offset, rank) => {
        const senseWeight = 1 / (rank + 1);
        const synset = wordNet.synset(pos, offset);
        const wordNumber = synset.words.indexOf(lemma) + 1;
        addSynsetWords(synset, 'synonym', senseWeight);
        let hyponyms = 0;
        for (const pointer of synset.pointers) {
          const lexicalMatch = pointer.source === 0 || pointer.source === wordNumber;
          if (HYPERNYM.has(pointer.symbol) && relations.includes('hypernym')) {
            addSynsetWords(wordNet.synset(pointer.pos, pointer.offset), 'hypernym', senseWeight);
          } else if (HYPONYM.has(pointer.symbol) && relations.includes('hyponym') && hyponyms < maxHyponyms) {
            const hyponym = wordNet.synset(pointer.pos, pointer.offset);
            addSynsetWords(hyponym, 'hyponym', senseWeight, maxHyponyms - hyponyms);
            hyponyms += hyponym.words.length;
          } else if (DERIVATION.has(pointer.symbol) && relations.includes('derivation')) {
            const target = wordNet.synset(pointer.pos, pointer.offset);
            const targetWord = pointer.target > 0 ? target.words[pointer.target - 1] : undefined;
            // Links are per word ("stealing" → "steal"); a synonym's link ("theft" via "stealing")
            // is a step further, so it counts as a synonym rather than as the word's own family.
            const relation: Relation = lexicalMatch ? 'derivation' : 'synonym';
            if (targetWord) add(targetWord, relation, senseWeight);
            else addSynsetWords(target, relation, senseWeight);
          }
        }
        if (!relations.includes('definition')) return;
        for (const token of tokenize(synset.definition)) {
          if (isContentWord(token.word)) add(token.word, 'definition', senseWeight);
        }
      });
    }
  }
  return [...best.values()].sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
}

/**
 * The WordNet lemma for a run of words, if it is one ("checked in" → "check_in", "credit cards" →
 * "credit_card"): collocations inflect on the first word as verbs and on the last word as nouns.
 */
export function phraseLemma(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const middle = words.slice(1, -1);
  for (const verb of baseForms(first, 'v')) {
    const lemma = [verb, ...middle, last].join('_');
    if (getWordNet().senses(lemma, 'v').length > 0) return lemma;
  }
  for (const noun of baseForms(last, 'n')) {
    const lemma = [first, ...middle, noun].join('_');
    if (getWordNet().senses(lemma, 'n').length > 0) return lemma;
  }
  const joined = words.join('_');
  return PARTS_OF_SPEECH.some((pos) => getWordNet().senses(joined, pos).length > 0) ? joined : undefined;
}
