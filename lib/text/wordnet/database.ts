import { readWordNetFile } from './files';

/** WordNet's parts of speech: noun, verb, adjective (satellites folded in), adverb. */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
export const PARTS_OF_SPEECH: readonly PartOfSpeech[] = ['n', 'v', 'a', 'r'];
const FILE_SUFFIX: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/** A relation from a synset (or one of its words) to another synset (or one of its words). */
export interface Pointer {
  /** WordNet's pointer symbol: '@' hypernym, '~' hyponym, '+' derivation, '&' similar to, … */
  symbol: string;
  pos: PartOfSpeech;
  offset: number;
  /** 1-based word numbers for lexical pointers; 0 when the pointer joins whole synsets. */
  source: number;
  target: number;
}

/** One sense: its words (lower case, multi-word lemmas joined by '_'), relations and definition. */
export interface Synset {
  pos: PartOfSpeech;
  offset: number;
  words: string[];
  pointers: Pointer[];
  /** The gloss without its quoted examples. */
  definition: string;
}

export interface WordNet {
  /** Synset offsets of a lemma's senses in one part of speech, most frequent sense first. */
  senses(lemma: string, pos: PartOfSpeech): readonly number[];
  synset(pos: PartOfSpeech, offset: number): Synset;
}

const NO_SENSES: readonly number[] = [];
const SYNSET_CACHE_LIMIT = 50_000;

function asPartOfSpeech(code: string): PartOfSpeech {
  // Adjective satellites ('s') live in data.adj with the head adjectives.
  return code === 's' ? 'a' : (code as PartOfSpeech);
}

/** Parses an index.* file: "lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…". */
function parseIndex(text: string): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // licence header lines start with spaces
    const fields = line.trimEnd().split(' ');
    const pointerCount = Number(fields[3]);
    index.set(fields[0] ?? '', fields.slice(6 + pointerCount).map(Number));
  }
  return index;
}

/** Parses one data.* line: "offset lex_filenum ss_type w_cnt word lex_id … p_cnt ptr… | gloss". */
function parseSynset(pos: PartOfSpeech, offset: number, line: string): Synset {
  const bar = line.indexOf(' | ');
  const fields = line.slice(0, bar < 0 ? undefined : bar).split(' ');
  const wordCount = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    // Adjectives may carry a syntactic marker such as "(a)" or "(p)".
    words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  }
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at++]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++, at += 4) {
    const sourceTarget = fields[at + 3] ?? '0000';
    pointers.push({
      symbol: fields[at] ?? '',
      offset: Number(fields[at + 1]),
      pos: asPartOfSpeech(fields[at + 2] ?? 'n'),
      source: parseInt(sourceTarget.slice(0, 2), 16),
      target: parseInt(sourceTarget.slice(2), 16),
    });
  }
  const gloss = bar < 0 ? '' : line.slice(bar + 3);
  const definition = gloss.split(/;\s*"|^"/)[0]?.trim() ?? '';
  return { pos, offset, words, pointers, definition };
}

function loadWordNet(): WordNet {
  const indexes = new Map<PartOfSpeech, Map<string, number[]>>();
  const data = new Map<PartOfSpeech, Buffer>();
  for (const pos of PARTS_OF_SPEECH) {
    indexes.set(pos, parseIndex(readWordNetFile(`index.${FILE_SUFFIX[pos]}`).toString('utf8')));
    data.set(pos, readWordNetFile(`data.${FILE_SUFFIX[pos]}`));
  }
  const synsets = new Map<string, Synset>();
  return {
    senses: (lemma, pos) => indexes.get(pos)?.get(lemma) ?? NO_SENSES,
    synset(pos, offset) {
      const key = `${pos}${offset}`;
      let synset = synsets.get(key);
      if (!synset) {
        const buffer = data.get(pos);
        if (!buffer) throw new Error(`No WordNet data for part of speech ${pos}`);
        // Offsets are byte positions of the line in the data file, which is what makes lookups cheap.
        const end = buffer.indexOf(10, offset);
        synset = parseSynset(pos, offset, buffer.toString('utf8', offset, end < 0 ? undefined : end));
        if (synsets.size >= SYNSET_CACHE_LIMIT) synsets.clear();
        synsets.set(key, synset);
      }
      return synset;
    },
  };
}

let instance: WordNet | undefined;

/** The WordNet database, read from disk on first use (about 0.3 s) and kept for the process. */
export function getWordNet(): WordNet {
  instance ??= loadWordNet();
  return instance;
}
