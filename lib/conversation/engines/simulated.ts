import { decideSimulated } from './simulated/decide';
import type { LlmEngine } from './types';

/**
 * The built-in model: decides between replying and one handoff by matching the user's words to the
 * handoff descriptions (BM25 over stems, WordNet relatives and phrases). Deterministic, offline,
 * no key needed; its replies say that they are simulated.
 */
export function createSimulatedEngine(): LlmEngine {
  return {
    id: 'simulated',
    label: 'Simulated model (built-in)',
    async decide(input) {
      input.signal?.throwIfAborted();
      return decideSimulated(input);
    },
  };
}
