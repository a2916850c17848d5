import { describe, expect, it } from 'vitest';
import type { DecideInput, Decision } from '@/lib/conversation/engines/types';
import type { SessionEvent } from '@/lib/conversation/events';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { createSession, sendMessage } from '../service';

const team = setupSupportTeam();

const kinds = (events: SessionEvent[]) => events.map((e) => (e.type === 'message' ? e.kind : e.type === 'guard' ? `guard:${e.code}` : e.type));

/** A model that always takes the first handoff it is offered and otherwise answers, naming itself. */
const eager = (input: DecideInput): Decision => {
  const first = input.tools[0];
  return first ? handoffTo(first.definition.function.name) : reply(`${input.agent.name} answers.`);
};

describe('a guard that stops a chain still gets the customer an answer', () => {
  it('A → B → C → A: the agent holding the conversation answers every message, asked without tools', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.tech.id, { targetAgentId: team.general.id, greetOnArrival: false });
    const engine = createScriptedEngine(Array.from({ length: 200 }, () => eager));
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);

    const first = await sendMessage(team.ctx, session.id, { content: 'help me' }, engine);
    expect(kinds(first.events)).toEqual(['user', 'tool_call', 'handoff', 'tool_call', 'handoff', 'tool_call', 'guard:ping_pong', 'reply']);
    expect(first.activeAgentId).toBe(team.tech.id);
    expect(first.events.at(-1)).toMatchObject({ type: 'message', role: 'assistant', agentId: team.tech.id, content: 'Technical Support answers.' });
    expect(first.events.at(-2)).toMatchObject({
      type: 'guard',
      agentId: team.tech.id,
      answeredBy: team.tech.id,
      message: expect.stringMatching(/ping-pong.*Technical Support answered instead\.$/),
    });
    // The answer was asked for with the conversation so far and no tools, so it cannot hand off again.
    const answerInput = engine.inputs.at(-1);
    expect(answerInput?.agent.name).toBe('Technical Support');
    expect(answerInput?.tools).toEqual([]);
    expect(answerInput?.messages.at(-1)).toEqual({ role: 'user', content: 'help me' });

    let answered = 1;
    for (let i = 2; i <= 20; i += 1) {
      const turn = await sendMessage(team.ctx, session.id, { content: `message ${i}` }, engine);
      const last = turn.events.at(-1);
      if (last?.type === 'message' && last.role === 'assistant' && last.agentId === turn.activeAgentId) answered += 1;
    }
    expect(answered).toBe(20);
  });

  it('max_handoffs: the fourth agent answers instead of a fourth handoff', async () => {
    const disputes = await makeAgent(team.ctx, 'Disputes');
    const escalations = await makeAgent(team.ctx, 'Escalations');
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.tech.id, { targetAgentId: disputes.id, greetOnArrival: false });
    await makeHandoff(team.ctx, disputes.id, { targetAgentId: escalations.id, greetOnArrival: false });
    const engine = createScriptedEngine([
      handoffTo('transfer_to_billing'),
      handoffTo('transfer_to_technical_support'),
      handoffTo('transfer_to_disputes'),
      handoffTo('transfer_to_escalations'),
      reply('Disputes will sort this out.'),
    ]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'go' }, engine);
    expect(turn.events.filter((e) => e.type === 'handoff')).toHaveLength(3);
    expect(kinds(turn.events).slice(-3)).toEqual(['tool_call', 'guard:max_handoffs', 'reply']);
    expect(turn.events.at(-2)).toMatchObject({ type: 'guard', code: 'max_handoffs' });
    expect(turn.activeAgentId).toBe(disputes.id);
    expect(turn.events.at(-2)).toMatchObject({ answeredBy: disputes.id, message: expect.stringContaining('Disputes answered instead.') });
    expect(turn.events.at(-1)).toMatchObject({ agentId: disputes.id, content: 'Disputes will sort this out.' });
    expect(engine.inputs[4]?.tools).toEqual([]);
  });

  it('unknown_tool: the agent answers itself after its made-up tool is rejected', async () => {
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), reply('General Support can help with that.')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'bill' }, engine);
    expect(kinds(turn.events)).toEqual(['user', 'tool_call', 'guard:unknown_tool', 'reply']);
    expect(turn.events[1]).toMatchObject({ result: 'rejected' });
    expect(turn.events[2]).toMatchObject({ answeredBy: team.general.id, message: expect.stringContaining('General Support answered instead.') });
    expect(turn.events[3]).toMatchObject({ agentId: team.general.id, content: 'General Support can help with that.' });
    expect(engine.inputs[1]?.tools).toEqual([]);
  });

  it('multiple_calls does not stop the chain, so it asks nothing extra', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, greetOnArrival: false });
    const both: Decision = {
      type: 'tool_calls',
      calls: [
        { id: 'a', name: 'transfer_to_billing', arguments: {} },
        { id: 'b', name: 'transfer_to_technical_support', arguments: {} },
      ],
      why: { summary: 'both' },
    };
    const engine = createScriptedEngine([both, reply('Billing here')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'bill and bug' }, engine);
    expect(engine.inputs).toHaveLength(2);
    expect(turn.events.find((e) => e.type === 'guard')).not.toHaveProperty('answeredBy');
  });

  it('when the answer fails too, the guard says nothing about an answer and an error event follows', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.general.id, greetOnArrival: false });
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), handoffTo('transfer_to_general_support'), new Error('LLM endpoint answered 503: busy')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'hmm' }, engine);
    expect(kinds(turn.events).slice(-3)).toEqual(['tool_call', 'guard:ping_pong', 'error']);
    expect(turn.events.at(-2)).not.toHaveProperty('answeredBy');
    expect(turn.events.at(-2)).toMatchObject({ message: expect.not.stringContaining('answered instead') });
    expect(turn.events.at(-1)).toMatchObject({ agentId: team.billing.id, message: 'The LLM could not answer: LLM endpoint answered 503: busy' });
  });

  it('an answer that asks for a tool again, with no text, becomes an error event rather than a silent turn', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.general.id, greetOnArrival: false });
    const engine = createScriptedEngine([
      handoffTo('transfer_to_billing'),
      handoffTo('transfer_to_general_support'),
      handoffTo('transfer_to_general_support'),
    ]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'hmm' }, engine);
    expect(kinds(turn.events).slice(-2)).toEqual(['guard:ping_pong', 'error']);
    expect(turn.events.at(-1)).toMatchObject({ message: expect.stringContaining('called a tool again') });
  });
});
