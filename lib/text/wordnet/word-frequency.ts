import { PARTS_OF_SPEECH } from './database';
import { readWordNetFile } from './files';
import { baseForms } from './morphy';

let counts: Map<string, number> | undefined;

/**
 * Sums index.sense's tag counts per lemma: how often the lemma was seen in WordNet's hand-tagged
 * corpus (SemCor, about 250,000 tagged words), a general-English frequency that needs no extra data.
 */
function loadCounts(): Map<string, number> {
  const text = readWordNetFile('index.sense').toString('utf8');
  const result = new Map<string, number>();
  // Lines are "lemma%key offset sense_number tag_count"; only the lemma and the last field matter.
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const count = Number(text.slice(text.lastIndexOf(' ', end - 1) + 1, end));
    if (count > 0) {
      const lemma = text.slice(start, text.indexOf('%', start));
      result.set(lemma, (result.get(lemma) ?? 0) + count);
    }
    start = end + 1;
  }
  return result;
}

/** How often a word (any inflection: "charged" counts as "charge") occurs in SemCor; 0 if unseen. */
export function corpusFrequency(word: string): number {
  counts ??= loadCounts();
  const lemma = word.replace(/ /g, '_');
  let best = counts.get(lemma) ?? 0;
  for (const pos of PARTS_OF_SPEECH) {
    for (const base of baseForms(lemma, pos)) best = Math.max(best, counts.get(base) ?? 0);
  }
  return best;
}
