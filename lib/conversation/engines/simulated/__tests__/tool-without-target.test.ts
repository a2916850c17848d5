import { describe, expect, it } from 'vitest';
import { createSimulatedEngine } from '../../simulated';
import type { Decision, EngineTool } from '../../types';
import { FRONT_DESK, PROVIDER_TOOLS, say } from './helpers';

// The first decisions load WordNet and the sentence encoder: slow on a busy machine.
const SLOW = 60_000;

/** A tool that leads to no agent, described as an admin would describe ending the chat. */
const DESCRIPTION = 'End the conversation when the customer says goodbye, thanks, that’s all.';
const CLOSE: EngineTool = {
  definition: { type: 'function', function: { name: 'close_chat', description: DESCRIPTION, parameters: { type: 'object', properties: { reason: { type: 'string' } } } } },
  hints: { description: DESCRIPTION },
};
const ROUTER = { ...FRONT_DESK, description: 'Welcomes customers and routes them to the right team.', instructions: 'Do not answer questions yourself.' };

function called(decision: Decision): string | undefined {
  return decision.type === 'tool_calls' ? decision.calls[0]?.name : undefined;
}

describe.each([
  ['words only', createSimulatedEngine({ encoder: false })],
  ['with the encoder', createSimulatedEngine()],
])('a tool without a target agent (%s)', (_name, engine) => {
  it.each([FRONT_DESK, ROUTER])('is called for a goodbye, by a desk with a subject and by a router alike', async (agent) => {
    for (const message of ['thanks, that’s all, bye', 'thank you, goodbye']) {
      const decision = await engine.decide({ ...say(message, [...PROVIDER_TOOLS, CLOSE]), agent });
      expect(called(decision), message).toBe('close_chat');
    }
  }, SLOW);

  it('is worded as a call, not as a handoff to an agent', async () => {
    const decision = await engine.decide(say('thanks, that’s all, bye', [...PROVIDER_TOOLS, CLOSE]));
    expect(decision.why.summary).toMatch(/^Call close_chat: matched /);
    expect(decision.type === 'tool_calls' && decision.calls[0]?.arguments.reason).toMatch(/matches the close_chat tool description/);
    expect(JSON.stringify(decision)).not.toMatch(/hand ?off/i);
  }, SLOW);

  it('leaves the handoffs where they were', async () => {
    for (const [message, tool] of [
      ['I was charged twice', 'transfer_to_billing'],
      ['my router keeps restarting', 'transfer_to_tech_support'],
      ['I want to leave my contract', 'transfer_to_cancellations'],
    ] as const) {
      expect(called(await engine.decide(say(message, [...PROVIDER_TOOLS, CLOSE]))), message).toBe(tool);
    }
    expect(called(await engine.decide(say('hello', [...PROVIDER_TOOLS, CLOSE])))).toBeUndefined();
  }, SLOW);
});
