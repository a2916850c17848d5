import { decideSimulated, prepareSimulated } from './simulated/decide';
import { sharedEncoderProvider, type EncoderProvider } from './simulated/meaning/encoder';
import { primeMessageVectors } from './simulated/meaning/meaning-index';
import type { LlmEngine } from './types';

export interface SimulatedEngineOptions {
  /**
   * Where the sentence encoder comes from: the built-in Universal Sentence Encoder lite by default
   * (loaded on first need), `false` for words only. Tests pass their own provider.
   */
  encoder?: EncoderProvider | false;
}

/**
 * The built-in model: decides between replying and one handoff by matching the user's words to the
 * handoff descriptions (BM25 over stems, WordNet relatives and phrases), helped by a small sentence
 * encoder when the words alone do not settle it. Deterministic, offline, no key needed; its replies
 * say that they are simulated.
 */
export function createSimulatedEngine(options: SimulatedEngineOptions = {}): LlmEngine {
  const encoder = options.encoder === false ? undefined : (options.encoder ?? sharedEncoderProvider());
  return {
    id: 'simulated',
    label: 'Simulated model (built-in)',
    async decide(input) {
      input.signal?.throwIfAborted();
      return decideSimulated(input, encoder);
    },
    prepare: (input) => prepareSimulated(input, encoder),
    async prepareMessages(texts) {
      const loaded = encoder && !encoder.failed ? await encoder.get() : undefined;
      // A failure here only means each decision embeds its message itself.
      if (loaded) await primeMessageVectors(loaded, texts).catch(() => undefined);
    },
  };
}
