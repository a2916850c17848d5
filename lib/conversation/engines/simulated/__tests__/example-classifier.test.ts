import { describe, expect, it } from 'vitest';
import { CLASSIFIER } from '../config';
import { fuseMeaning } from '../fuse';
import { trainExampleClassifier, type TrainingPoint } from '../meaning/example-classifier';
import { featureSpace, sparseDot, stemFeatures, trigramFeatures, weightedVector } from '../meaning/text-features';
import type { ScoredTool } from '../score';

const DIMENSIONS = 16;

/** A unit vector near axis `axis`, nudged deterministically by `seed`. */
function near(axis: number, seed: number): Float32Array {
  const vector = new Float32Array(DIMENSIONS);
  for (let i = 0; i < DIMENSIONS; i++) vector[i] = 0.05 * Math.sin(seed * 7.1 + i * 3.3);
  vector[axis] = 1;
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

// Two teams whose examples sit around different directions and use different words.
const POINTS: TrainingPoint[] = [
  ...[1, 2, 3, 4].map((seed) => ({ vector: near(0, seed), text: `top up my balance ${seed}`, label: 0 })),
  ...[5, 6, 7, 8].map((seed) => ({ vector: near(1, seed), text: `send money to a friend ${seed}`, label: 1 })),
];

describe('example classifier', () => {
  it('separates two clusters', async () => {
    const classifier = await trainExampleClassifier(POINTS, 2);
    const first = classifier?.probabilities(near(0, 11), 'top up please') ?? [];
    const second = classifier?.probabilities(near(1, 12), 'send money') ?? [];
    expect(first[0]).toBeGreaterThan(0.9);
    expect(second[1]).toBeGreaterThan(0.9);
    expect((first[0] ?? 0) + (first[1] ?? 0)).toBeCloseTo(1, 10);
  });

  it('lets the words decide where meaning is halfway between', async () => {
    const classifier = await trainExampleClassifier(POINTS, 2);
    const between = near(0, 13).map((value, i) => value + (near(1, 13)[i] ?? 0));
    const [topUp = 0, send = 0] = classifier?.probabilities(between.map((value) => value / Math.hypot(...between)), 'i want to top up') ?? [];
    expect(topUp).toBeGreaterThan(send);
  });

  it('gives the same probabilities for the same training and message', async () => {
    const once = (await trainExampleClassifier(POINTS, 2))?.probabilities(near(0, 21), 'top up');
    const again = (await trainExampleClassifier(POINTS, 2))?.probabilities(near(0, 21), 'top up');
    expect(once).toEqual(again);
  });

  it('is not trained without two classes or with too many points', async () => {
    expect(await trainExampleClassifier([], 2)).toBeUndefined();
    expect(await trainExampleClassifier(POINTS.slice(0, 4), 1)).toBeUndefined();
    const many = Array.from({ length: CLASSIFIER.mostPoints + 1 }, (_, i) => ({ vector: near(i % 2, i), text: 'x', label: i % 2 }));
    expect(await trainExampleClassifier(many, 2)).toBeUndefined();
  });

  it('lets the event loop in while it trains a large configuration', async () => {
    const points = Array.from({ length: 600 }, (_, i) => ({ vector: near(i % DIMENSIONS, i), text: `example ${i} of team ${i % 8}`, label: i % 8 }));
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    const classifier = await trainExampleClassifier(points, 8);
    clearInterval(ticking);
    expect(classifier?.classes).toBe(8);
    // Trained in one go (about half a second here), no timer would have fired before it finished.
    expect(turns).toBeGreaterThan(2);
  });
});

describe('text features', () => {
  it('reads stems, stem pairs and letter trigrams', () => {
    expect(stemFeatures('topped up twice')).toEqual(['top', 'twice', 'top twice']);
    expect(trigramFeatures("isn't")).toEqual([' is', 'isn', 'sn ', ' t ']);
  });

  it('multiplies sparse vectors by feature, counting unknown features in the length only', () => {
    const space = featureSpace([['a', 'b'], ['b', 'c']]);
    const ab = weightedVector(['a', 'b'], space);
    expect(sparseDot(ab, ab)).toBeCloseTo(1, 12);
    expect(sparseDot(ab, weightedVector(['c'], space))).toBe(0);
    const withUnknown = weightedVector(['a', 'b', 'zzz'], space);
    expect(withUnknown.ids).toHaveLength(2);
    expect(sparseDot(withUnknown, ab)).toBeLessThan(1);
    expect(sparseDot(weightedVector([], space), ab)).toBe(0);
  });

  it('matches a misspelt word through its trigrams', () => {
    const weights = featureSpace([trigramFeatures('account'), trigramFeatures('refund')]);
    const misspelt = weightedVector(trigramFeatures('acount'), weights);
    expect(sparseDot(misspelt, weightedVector(trigramFeatures('account'), weights))).toBeGreaterThan(
      sparseDot(misspelt, weightedVector(trigramFeatures('refund'), weights)),
    );
  });
});

describe('fusion with the classifier', () => {
  const scored = (toolName: string, index: number, score: number): ScoredTool => ({ toolName, index, score, evidence: score, matched: [] });
  const match = (probability?: number) => ({ similarity: 0.3, passage: 'p', ...(probability === undefined ? {} : { probability }) });

  it('lowers the score of an unlikely tool, never the evidence, and falls back without probabilities', () => {
    const [best, other] = fuseMeaning([scored('a', 0, 0.5), scored('b', 1, 0.45)], { tools: [match(0.1), match(0.9)], agent: 0 });
    expect(best?.toolName).toBe('b');
    expect(other).toMatchObject({ toolName: 'a', evidence: 0.5, meaning: { classifier: { probability: 0.1, added: Number((CLASSIFIER.weight * Math.log(0.1)).toFixed(3)) } } });
    const plain = fuseMeaning([scored('a', 0, 0.5), scored('b', 1, 0.45)], { tools: [match(), match()], agent: 0 });
    expect(plain.map((tool) => tool.toolName)).toEqual(['a', 'b']);
    expect(plain[0]?.meaning?.classifier).toBeUndefined();
  });
});
