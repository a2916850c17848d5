import { contentTerms } from '@/lib/text/terms';

/**
 * What a text is written with, beside what it means: its word stems and adjacent stem pairs ("top
 * up"), and the character trigrams of its words. Trigrams still match a misspelt word ("acount",
 * "recieve") and a different form of it; stem pairs tell "top up" from "top" alone. Both are read
 * off the admin's own texts, so no domain's vocabulary is built in.
 */
export function stemFeatures(text: string): string[] {
  const stems = contentTerms(text);
  const pairs = stems.slice(1).map((stem, i) => `${stems[i]} ${stem}`);
  return [...stems, ...pairs];
}

export function trigramFeatures(text: string): string[] {
  const trigrams: string[] = [];
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) trigrams.push(padded.slice(i, i + 3));
  }
  return trigrams;
}

/**
 * The features of a set of texts (a configuration's training points), each numbered, with its inverse
 * document frequency: a feature every text has weighs little. A feature none of them has gets the
 * highest weight: it still counts in a message's length, though it can never meet a training text.
 */
export interface FeatureSpace {
  ids: ReadonlyMap<string, number>;
  idf: Float64Array;
  unseen: number;
}

export function featureSpace(documents: readonly (readonly string[])[]): FeatureSpace {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  for (const features of documents) {
    for (const feature of new Set(features)) {
      let id = ids.get(feature);
      if (id === undefined) ids.set(feature, (id = frequency.length));
      frequency[id] = (frequency[id] ?? 0) + 1;
    }
  }
  const total = documents.length;
  return { ids, idf: Float64Array.from(frequency, (count) => Math.log((total + 1) / (count + 0.5))), unseen: Math.log((total + 1) / 0.5) };
}

/**
 * A text's features as a sparse unit vector: sublinear counts times idf, by feature number ascending,
 * so two are multiplied by one merge rather than by looking up strings. Features unknown to the space
 * count in the length only. An empty text is the empty vector.
 */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

export function weightedVector(features: readonly string[], space: FeatureSpace): SparseVector {
  const counts = new Map<string, number>();
  for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const known: [number, number][] = [];
  let norm = 0;
  for (const [feature, count] of counts) {
    const id = space.ids.get(feature);
    const value = (1 + Math.log(count)) * (id === undefined ? space.unseen : (space.idf[id] as number));
    norm += value * value;
    if (id !== undefined) known.push([id, value]);
  }
  known.sort((a, b) => a[0] - b[0]);
  const length = Math.sqrt(norm) || 1;
  return { ids: Int32Array.from(known, ([id]) => id), values: Float64Array.from(known, ([, value]) => value / length) };
}

/** The dot product of two sparse vectors: their cosine, both being unit length. */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let dot = 0;
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    const left = a.ids[i] as number;
    const right = b.ids[j] as number;
    if (left === right) dot += (a.values[i++] as number) * (b.values[j++] as number);
    else if (left < right) i++;
    else j++;
  }
  return dot;
}
