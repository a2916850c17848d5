import { yieldToEventLoop } from '@/lib/conversation/background-work';
import { CLASSIFIER } from '../config';
import { featureSpace, sparseDot, stemFeatures, trigramFeatures, weightedVector, type SparseVector } from './text-features';

/** One labelled text of the configuration: a tool's example message or description passage. */
export interface TrainingPoint {
  /** The sentence encoder's unit vector of the text. */
  vector: Float32Array;
  /** The text as written, for its words and letters. */
  text: string;
  /** Which class (tool position) it belongs to. */
  label: number;
}

/** Class probabilities for a message, given its vector and its text. */
export interface ExampleClassifier {
  readonly classes: number;
  probabilities(vector: Float32Array, text: string): number[];
}

interface Featured {
  vector: Float32Array;
  stems: SparseVector;
  trigrams: SparseVector;
}

/**
 * The kernel: meaning (the encoder's cosine) plus wording (cosines of stem and trigram vectors). The
 * encoder alone puts "top up my account" and "send money to my account" close together; the words
 * the admin's examples are written with tell them apart.
 */
function kernel(a: Featured, b: Featured): number {
  const left = a.vector;
  const right = b.vector;
  let meaning = 0;
  for (let i = 0; i < left.length; i++) meaning += (left[i] as number) * (right[i] as number);
  return meaning + CLASSIFIER.stems * sparseDot(a.stems, b.stems) + CLASSIFIER.trigrams * sparseDot(a.trigrams, b.trigrams);
}

/**
 * Lets waiting requests in every few milliseconds: training a large configuration takes a second or
 * more of CPU, which must not stall the server (the first decision after a save waits for it anyway).
 */
function pacer(sliceMs = 8): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await yieldToEventLoop();
    since = performance.now();
  };
}

/** Row `i` of the Cholesky factor L of A (rows above it done): kept out of the async loop, which V8 optimises less. */
function choleskyRow(matrix: Float64Array, lower: Float64Array, n: number, i: number): void {
  for (let j = 0; j <= i; j++) {
    let sum = matrix[i * n + j] as number;
    for (let m = 0; m < j; m++) sum -= (lower[i * n + m] as number) * (lower[j * n + m] as number);
    lower[i * n + j] = i === j ? Math.sqrt(sum) : sum / (lower[j * n + j] as number);
  }
}

/** Column `c` of X from L Lᵀ X = B, by forward then back substitution, in place. */
function substitute(lower: Float64Array, n: number, solution: Float64Array, k: number, c: number): void {
  for (let i = 0; i < n; i++) {
    let sum = solution[i * k + c] as number;
    for (let m = 0; m < i; m++) sum -= (lower[i * n + m] as number) * (solution[m * k + c] as number);
    solution[i * k + c] = sum / (lower[i * n + i] as number);
  }
  for (let i = n - 1; i >= 0; i--) {
    let sum = solution[i * k + c] as number;
    for (let m = i + 1; m < n; m++) sum -= (lower[m * n + i] as number) * (solution[m * k + c] as number);
    solution[i * k + c] = sum / (lower[i * n + i] as number);
  }
}

/** Solves A X = B for a symmetric positive definite n×n A (Cholesky), B with k columns side by side. */
async function solveSymmetric(matrix: Float64Array, n: number, right: Float64Array, k: number, pace: () => Promise<void>): Promise<Float64Array> {
  const lower = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    choleskyRow(matrix, lower, n, i);
    await pace();
  }
  const solution = Float64Array.from(right);
  for (let c = 0; c < k; c++) {
    substitute(lower, n, solution, k, c);
    await pace();
  }
  return solution;
}

/** Row `i` of the kernel matrix, ridge on the diagonal, mirrored below it. */
function gramRow(gram: Float64Array, training: readonly Featured[], i: number): void {
  const n = training.length;
  const own = training[i] as Featured;
  for (let j = i; j < n; j++) {
    const value = kernel(own, training[j] as Featured);
    gram[i * n + j] = value;
    gram[j * n + i] = value;
  }
  gram[i * n + i] = (gram[i * n + i] as number) + CLASSIFIER.ridge;
}

function softmax(scores: readonly number[], temperature: number): number[] {
  const scaled = scores.map((score) => score * temperature);
  const max = Math.max(...scaled);
  const exps = scaled.map((value) => Math.exp(value - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/**
 * A discriminative few-shot classifier over the tools of one configuration, trained on its example
 * messages and description passages: kernel ridge regression onto one-hot labels (a regularised
 * least-squares classifier), solved in closed form, so it is deterministic and takes milliseconds for
 * a few hundred points. Unlike "the nearest example", it weighs every example of every tool against
 * each other, so what two close teams' examples share counts for neither and what only one's say
 * decides. Undefined with fewer than two classes, or more points than `CLASSIFIER.mostPoints` (the
 * solve grows with their cube): the decision then goes on without it. Training yields to the event
 * loop every few milliseconds.
 */
export async function trainExampleClassifier(points: readonly TrainingPoint[], classes: number): Promise<ExampleClassifier | undefined> {
  const n = points.length;
  if (classes < 2 || n === 0 || n > CLASSIFIER.mostPoints) return undefined;
  const pace = pacer();
  const features: { stems: string[]; trigrams: string[] }[] = [];
  for (const point of points) {
    features.push({ stems: stemFeatures(point.text), trigrams: trigramFeatures(point.text) });
    await pace();
  }
  const stemSpace = featureSpace(features.map((point) => point.stems));
  const trigramSpace = featureSpace(features.map((point) => point.trigrams));
  const featured = (vector: Float32Array, stems: readonly string[], trigrams: readonly string[]): Featured => ({
    vector,
    stems: weightedVector(stems, stemSpace),
    trigrams: weightedVector(trigrams, trigramSpace),
  });
  const training = points.map((point, i) => featured(point.vector, features[i]?.stems ?? [], features[i]?.trigrams ?? []));
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    gramRow(gram, training, i);
    await pace();
  }
  const targets = new Float64Array(n * classes);
  points.forEach((point, i) => (targets[i * classes + point.label] = 1));
  const weights = await solveSymmetric(gram, n, targets, classes, pace);
  return {
    classes,
    probabilities(vector, text) {
      const message = featured(vector, stemFeatures(text), trigramFeatures(text));
      const scores = new Array<number>(classes).fill(0);
      training.forEach((point, j) => {
        const similarity = kernel(message, point);
        for (let c = 0; c < classes; c++) scores[c] = (scores[c] as number) + similarity * (weights[j * classes + c] as number);
      });
      return softmax(scores, CLASSIFIER.temperature);
    },
  };
}
