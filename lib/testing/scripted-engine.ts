import type { DecideInput, Decision, LlmEngine } from '@/lib/conversation/engines/types';

type Step = Decision | Error | ((input: DecideInput) => Decision);

/**
 * An LLM engine that answers with the given decisions in order and records what it was asked:
 * for testing the conversation engine's own rules apart from any model.
 */
export function createScriptedEngine(steps: Step[]): LlmEngine & { inputs: DecideInput[] } {
  const inputs: DecideInput[] = [];
  let next = 0;
  return {
    id: 'simulated',
    label: 'Scripted test engine',
    inputs,
    async decide(input) {
      inputs.push(input);
      const step = steps[next++];
      if (step === undefined) return { type: 'reply', text: `reply ${next}`, why: { summary: 'script ran out' } };
      if (step instanceof Error) throw step;
      return typeof step === 'function' ? step(input) : step;
    },
  };
}

export const handoffTo = (name: string, reason = `asked for ${name}`): Decision => ({
  type: 'tool_calls',
  calls: [{ id: `call_${name}`, name, arguments: { reason } }],
  why: { summary: `called ${name}` },
});

export const reply = (text: string): Decision => ({ type: 'reply', text, why: { summary: 'answered' } });
