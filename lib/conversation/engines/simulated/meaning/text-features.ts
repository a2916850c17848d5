import { contentTerms } from '@/lib/text/terms';

/** A sparse vector of weighted features, unit length: its dot product with another is a cosine. */
export type SparseVector = ReadonlyMap<string, number>;

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
 * Inverse document frequencies over a set of texts' features: a feature every text has weighs
 * little. A feature none of them has gets the highest weight, though it can only ever meet itself.
 */
export interface FeatureWeights {
  idf: ReadonlyMap<string, number>;
  unseen: number;
}

export function featureWeights(documents: readonly (readonly string[])[]): FeatureWeights {
  const frequency = new Map<string, number>();
  for (const features of documents) for (const feature of new Set(features)) frequency.set(feature, (frequency.get(feature) ?? 0) + 1);
  const total = documents.length;
  const idf = new Map<string, number>();
  for (const [feature, count] of frequency) idf.set(feature, Math.log((total + 1) / (count + 0.5)));
  return { idf, unseen: Math.log((total + 1) / 0.5) };
}

/** Sublinear counts times idf, scaled to unit length (an empty text is the empty vector). */
export function weightedVector(features: readonly string[], weights: FeatureWeights): SparseVector {
  const counts = new Map<string, number>();
  for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [feature, count] of counts) {
    const value = (1 + Math.log(count)) * (weights.idf.get(feature) ?? weights.unseen);
    vector.set(feature, value);
    norm += value * value;
  }
  if (norm > 0) for (const [feature, value] of vector) vector.set(feature, value / Math.sqrt(norm));
  return vector;
}

export function sparseDot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [feature, value] of small) dot += value * (large.get(feature) ?? 0);
  return dot;
}
