import { describe, expect, it } from 'vitest';
import { sessionEvents } from '@/db/schema';
import type { SessionEvent } from '@/lib/conversation/events';
import { NotFoundError } from '@/lib/domain/errors';
import { updateFunction } from '@/lib/functions/service';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { createSession, getSession, listSessions, sendMessage } from '../service';

const team = setupSupportTeam();

const kinds = (events: SessionEvent[]) => events.map((e) => (e.type === 'message' ? `${e.kind}` : e.type === 'guard' ? `guard:${e.code}` : e.type));

describe('sessions', () => {
  it('opens with the start agent’s greeting', async () => {
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    expect(session.activeAgentId).toBe(team.general.id);
    expect(session.events).toEqual([expect.objectContaining({ type: 'message', role: 'assistant', kind: 'greeting', content: 'Hi, General Support here.', seq: 1 })]);
  });

  it('offers exactly the active agent’s enabled During-Session handoffs as tools', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, description: 'When the customer asks about invoices.' });
    const disabled = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id });
    await updateFunction(team.ctx, disabled.id, { version: 1, enabled: false });
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id });
    const engine = createScriptedEngine([reply('ok')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    await sendMessage(team.ctx, session.id, { content: 'hello' }, engine);
    expect(engine.inputs[0]?.tools.map((t) => t.definition.function)).toEqual([
      expect.objectContaining({ name: 'transfer_to_billing', description: 'When the customer asks about invoices.' }),
    ]);
    expect(engine.inputs[0]?.agent).toMatchObject({ name: 'General Support', instructions: 'You are General Support.' });
  });

  it('hands off: switches agent, shows the transfer message and greeting, and the target sees the full conversation', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, transferMessage: 'Transferring you to Billing…' });
    const engine = createScriptedEngine([handoffTo('transfer_to_billing', 'Customer asks about an invoice.'), reply('Let me check that invoice.')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'Where is my invoice?' }, engine);

    expect(turn.activeAgentId).toBe(team.billing.id);
    expect(kinds(turn.events)).toEqual(['user', 'tool_call', 'transfer', 'handoff', 'greeting', 'reply']);
    const handoff = turn.events.find((e) => e.type === 'handoff');
    expect(handoff).toMatchObject({
      fromAgentId: team.general.id,
      toAgentId: team.billing.id,
      toolName: 'transfer_to_billing',
      reason: 'Customer asks about an invoice.',
      context: { mode: 'full', messagesPassed: 3 },
    });
    // Billing decided with the whole conversation, its own tools (none) and its own instructions.
    const billingInput = engine.inputs[1];
    expect(billingInput?.agent.name).toBe('Billing');
    expect(billingInput?.messages.map((m) => m.content)).toEqual([
      'Hi, General Support here.',
      'Where is my invoice?',
      'Transferring you to Billing…',
      'Hi, Billing here.',
    ]);
    expect((await getSession(team.ctx, session.id)).activeAgentId).toBe(team.billing.id);
  });

  it('passes only the last N messages when the handoff says so, then everything said since', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false, context: { mode: 'last_n', lastN: 1 } });
    const engine = createScriptedEngine([reply('Hello'), handoffTo('transfer_to_billing'), reply('Billing here'), reply('More')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    await sendMessage(team.ctx, session.id, { content: 'first question' }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'about my bill' }, engine);
    expect(turn.events.find((e) => e.type === 'handoff')).toMatchObject({ context: { mode: 'last_n', lastN: 1, messagesPassed: 1 } });
    expect(engine.inputs[2]?.messages.map((m) => m.content)).toEqual(['about my bill']);
    await sendMessage(team.ctx, session.id, { content: 'and another thing' }, engine);
    expect(engine.inputs[3]?.messages.map((m) => m.content)).toEqual(['about my bill', 'Billing here', 'and another thing']);
  });

  it('greets on arrival only when the handoff says so', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), reply('Billing answering')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'bill' }, engine);
    expect(kinds(turn.events)).toEqual(['user', 'tool_call', 'handoff', 'reply']);
  });

  it('reads configuration fresh every turn: a disabled handoff is gone on the next message', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const engine = createScriptedEngine([reply('one'), reply('two')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    await sendMessage(team.ctx, session.id, { content: 'first' }, engine);
    await updateFunction(team.ctx, fn.id, { version: 1, enabled: false });
    await sendMessage(team.ctx, session.id, { content: 'second' }, engine);
    expect(engine.inputs.map((input) => input.tools.length)).toEqual([1, 0]);
  });

  it('applies only the first of several handoffs and reports the rest as ignored', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id });
    const both = {
      type: 'tool_calls' as const,
      calls: [
        { id: 'a', name: 'transfer_to_billing', arguments: { reason: 'bill' } },
        { id: 'b', name: 'transfer_to_technical_support', arguments: { reason: 'bug' } },
      ],
      why: { summary: 'both' },
    };
    const engine = createScriptedEngine([both, reply('Billing here')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'bill and bug' }, engine);
    expect(turn.activeAgentId).toBe(team.billing.id);
    expect(kinds(turn.events)).toEqual(['user', 'tool_call', 'guard:multiple_calls', 'tool_call', 'handoff', 'greeting', 'reply']);
    expect(turn.events[1]).toMatchObject({ type: 'tool_call', toolName: 'transfer_to_technical_support', result: 'ignored' });
  });

  it('rejects a tool that is not offered instead of executing it', async () => {
    const engine = createScriptedEngine([handoffTo('transfer_to_billing')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'bill' }, engine);
    expect(turn.activeAgentId).toBe(team.general.id);
    expect(kinds(turn.events)).toEqual(['user', 'tool_call', 'guard:unknown_tool', 'reply']);
    expect(turn.events[1]).toMatchObject({ result: 'rejected' });
  });

  it('stops ping-pong: A → B → A within one message', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.general.id });
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), handoffTo('transfer_to_general_support')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'hmm' }, engine);
    expect(turn.activeAgentId).toBe(team.billing.id);
    expect(kinds(turn.events).slice(-3)).toEqual(['tool_call', 'guard:ping_pong', 'reply']);
    expect(turn.events.at(-2)).toMatchObject({ message: expect.stringContaining('ping-pong') });
  });

  it('turns an LLM failure into an error event; the session stays usable', async () => {
    const engine = createScriptedEngine([new Error('LLM request timed out after 30000 ms'), reply('Back again')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const failed = await sendMessage(team.ctx, session.id, { content: 'hello?' }, engine);
    expect(kinds(failed.events)).toEqual(['user', 'error']);
    expect(failed.events[1]).toMatchObject({ message: 'The LLM could not answer: LLM request timed out after 30000 ms' });
    const next = await sendMessage(team.ctx, session.id, { content: 'hello again' }, engine);
    expect(kinds(next.events)).toEqual(['user', 'reply']);
    const all = (await getSession(team.ctx, session.id)).events;
    expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists sessions with their message and handoff counts', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), reply('hi')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    await sendMessage(team.ctx, session.id, { content: 'bill' }, engine);
    expect(await listSessions(team.ctx)).toEqual([
      expect.objectContaining({ id: session.id, startAgentId: team.general.id, activeAgentId: team.billing.id, messages: 4, handoffs: 1 }),
    ]);
  });

  it('is scoped to its workspace and 404s unknown sessions', async () => {
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    await expect(getSession({ ...team.ctx, workspaceId: 'ws_other' }, session.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sendMessage(team.ctx, 'ses_missing', { content: 'x' }, createScriptedEngine([]))).rejects.toBeInstanceOf(NotFoundError);
    expect(await team.ctx.db.select().from(sessionEvents)).toHaveLength(1);
  });
});
