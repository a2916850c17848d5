import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { AgentState } from '@/lib/conversation/agent-state';
import type { DecideInput } from '@/lib/conversation/engines/types';
import { MAX_TOOL_RESULTS_PER_MESSAGE, runTurn } from '@/lib/conversation/run-turn';
import type { FunctionType } from '@/lib/domain/constants';
import { createScriptedEngine, handoffTo } from '@/lib/testing/scripted-engine';
import { offeredTools, type ToolSource } from '../offered-tools';
import { getFunctionType, type AnyDefinition, type FunctionTypeLookup } from '../registry';
import type { FunctionTypeDefinition } from '../types';

/** A type the product does not have, known only to this test's registry: the LLM may end the chat. */
const GOODBYE = 'goodbye' as FunctionType;
const GoodbyeSchema = z.strictObject({ description: z.string().trim().min(1), closingMessage: z.string().trim() });
type GoodbyeConfig = z.output<typeof GoodbyeSchema>;
const goodbye: FunctionTypeDefinition<GoodbyeConfig> = {
  type: GOODBYE,
  label: 'Goodbye',
  summary: 'End the conversation politely.',
  phases: ['during_session'],
  configSchema: GoodbyeSchema,
  targetAgentId: () => null,
  uniquePerTarget: false,
  toolName: () => 'end_conversation',
  complete: (config) => config,
  toTool: (config) => ({
    definition: { type: 'function', function: { name: 'end_conversation', description: config.description, parameters: { type: 'object', properties: {} } } },
  }),
  onCall: (config) => ({ kind: 'end_conversation', message: config.closingMessage }),
  coach: () => [],
  describe: (config) => config.description,
};
/** Another: a call out whose answer goes back to the LLM (as a webhook's does). */
const LOOKUP = 'lookup' as FunctionType;
const LookupSchema = z.strictObject({ description: z.string().trim().min(1) });
const lookupType: FunctionTypeDefinition<z.output<typeof LookupSchema>> = {
  ...goodbye,
  type: LOOKUP,
  label: 'Lookup',
  configSchema: LookupSchema,
  toolName: () => 'look_up_order',
  toTool: (config) => ({
    definition: { type: 'function', function: { name: 'look_up_order', description: config.description, parameters: { type: 'object', properties: {} } } },
  }),
  onCall: (_config, _target, call) => ({
    kind: 'tool_result',
    content: 'Order 42 shipped.',
    ok: true,
    event: { type: 'function_call', agentId: call.agent?.id ?? '', functionId: call.functionId ?? '', name: 'look_up_order', phase: 'during_session', request: { url: 'https://example.com/orders', method: 'POST', body: {} }, status: 200, durationMs: 1, mode: 'wait' },
  }),
  callReturnsResult: true,
};
const TEST_TYPES = new Map<FunctionType, AnyDefinition>([
  [GOODBYE, goodbye as unknown as AnyDefinition],
  [LOOKUP, lookupType as unknown as AnyDefinition],
]);
const lookup: FunctionTypeLookup = (type) => TEST_TYPES.get(type) ?? getFunctionType(type);

const general = { id: 'agt_general', name: 'General', description: 'Front desk', instructions: '', greeting: 'Hi!' };
const billing = { id: 'agt_billing', name: 'Billing', slug: 'billing', description: 'Invoices', instructions: '', greeting: 'Billing here.' };
const goodbyeConfig = { description: 'When the customer says goodbye.', closingMessage: 'Thanks for calling, goodbye!' };
const functions: ToolSource[] = [
  { id: 'fn_handoff', type: 'agent_handoff', phase: 'during_session', config: { targetAgentId: billing.id, description: 'Invoices.', toolName: 'transfer_to_billing' }, target: billing },
  { id: 'fn_bye', type: GOODBYE, phase: 'during_session', config: goodbyeConfig, target: null },
  // The same type in another phase is no tool: when a function runs is the registry's to say.
  { id: 'fn_bye_pre', type: GOODBYE, phase: 'pre_session', config: goodbyeConfig, target: null },
  // A stored config its type no longer accepts is not offered.
  { id: 'fn_bye_bad', type: GOODBYE, phase: 'during_session', config: { description: '' }, target: null },
];

function turn(engine: ReturnType<typeof createScriptedEngine>, state: AgentState) {
  const states: Record<string, AgentState> = { [general.id]: state, [billing.id]: { agent: billing, tools: [] } };
  return runTurn({
    history: [],
    activeAgentId: general.id,
    userMessage: 'That is all, bye',
    engine,
    loadAgentState: async (agentId) => states[agentId] as AgentState,
    agentNames: new Map([[general.id, general.name], [billing.id, billing.name]]),
  });
}

describe('the registry drives the turn loop', () => {
  it('offers a new type’s tool and applies its effect, with no change to lib/conversation', async () => {
    const tools = offeredTools(functions, lookup);
    expect(tools.map((tool) => [tool.functionId, tool.name])).toEqual([
      ['fn_handoff', 'transfer_to_billing'],
      ['fn_bye', 'end_conversation'],
    ]);
    const engine = createScriptedEngine([(input: DecideInput) => handoffTo(input.tools[1]?.definition.function.name ?? 'none')]);
    const result = await turn(engine, { agent: general, tools });

    expect(engine.inputs[0]?.tools.map((tool) => tool.definition.function.name)).toEqual(['transfer_to_billing', 'end_conversation']);
    expect(result.ended).toBe(true);
    expect(result.activeAgentId).toBe(general.id);
    expect(result.events.slice(1)).toEqual([
      { type: 'tool_call', agentId: general.id, toolName: 'end_conversation', arguments: expect.any(Object), result: 'ended' },
      { type: 'message', role: 'assistant', agentId: general.id, content: 'Thanks for calling, goodbye!', kind: 'reply' },
    ]);
    // The engine was asked once: ending the session ends the turn.
    expect(engine.inputs).toHaveLength(1);
  });

  it('still switches agents through the real handoff type’s effect in the same loop', async () => {
    const engine = createScriptedEngine([handoffTo('transfer_to_billing', 'invoice question')]);
    const result = await turn(engine, { agent: general, tools: offeredTools(functions, lookup) });
    expect(result.ended).toBeUndefined();
    expect(result.activeAgentId).toBe(billing.id);
    expect(result.events.find((event) => event.type === 'handoff')).toMatchObject({ toAgentId: billing.id, functionId: 'fn_handoff', reason: 'invoice question' });
    expect(result.events.at(-2)).toMatchObject({ type: 'message', kind: 'greeting', content: 'Billing here.' });
  });

  it('caps calls whose result goes back to the LLM, and still applies a closing call after them', async () => {
    const tools = offeredTools([...functions, { id: 'fn_lookup', type: LOOKUP, phase: 'during_session', config: { description: 'Order status.' }, target: null }], lookup);
    expect(tools.find((tool) => tool.name === 'look_up_order')?.returnsResult).toBe(true);
    expect(tools.find((tool) => tool.name === 'end_conversation')?.returnsResult).toBe(false);

    const ended = await turn(createScriptedEngine([...Array.from({ length: MAX_TOOL_RESULTS_PER_MESSAGE }, () => handoffTo('look_up_order')), handoffTo('end_conversation')]), { agent: general, tools });
    expect(ended.ended).toBe(true);
    expect(ended.events.filter((event) => event.type === 'tool_call').map((event) => event.type === 'tool_call' && event.result)).toEqual([
      ...Array.from({ length: MAX_TOOL_RESULTS_PER_MESSAGE }, () => 'called'),
      'ended',
    ]);
    expect(ended.events.some((event) => event.type === 'guard')).toBe(false);

    const capped = await turn(createScriptedEngine(Array.from({ length: MAX_TOOL_RESULTS_PER_MESSAGE + 1 }, () => handoffTo('look_up_order'))), { agent: general, tools });
    expect(capped.ended).toBeUndefined();
    expect(capped.events.filter((event) => event.type === 'tool_call').at(-1)).toMatchObject({ toolName: 'look_up_order', result: 'blocked' });
    expect(capped.events.find((event) => event.type === 'guard')).toMatchObject({ code: 'max_tool_calls' });
    // Nobody is left without an answer: the agent replies after the guard.
    expect(capped.events.at(-1)).toMatchObject({ type: 'message', role: 'assistant', agentId: general.id });
  });
});
