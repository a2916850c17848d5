import { describe, expect, it } from 'vitest';
import { CONTEXT_MAX_MESSAGES } from '@/lib/conversation/context-window';
import type { Decision } from '@/lib/conversation/engines/types';
import { HANDOFF_LIMITS } from '@/lib/function-types/agent-handoff-config';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { createSession, getSession, readTurnHistory, sendMessage } from '../service';

const team = setupSupportTeam();

/** Mostly answers; every fourth call asks for a tool nobody offers (a tool call, a guard, then an answer). */
const chatty = (i: number): Decision => (i % 4 === 3 ? handoffTo('transfer_to_nowhere') : reply(`answer ${i}`));

async function longSession(turns: number) {
  const engine = createScriptedEngine(Array.from({ length: turns * 2 }, (_, i) => chatty(i)));
  const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
  for (let i = 0; i < turns; i += 1) await sendMessage(team.ctx, session.id, { content: `question ${i}` }, engine);
  return session;
}

describe('what a turn reads', () => {
  it(`reads at most the ${CONTEXT_MAX_MESSAGES} most recent messages and no tool calls, guards or errors, however long the session is`, async () => {
    const session = await longSession(200);
    const transcript = (await getSession(team.ctx, session.id)).events;
    expect(transcript.filter((e) => e.type === 'message').length).toBeGreaterThan(400);
    expect(transcript.some((e) => e.type === 'guard')).toBe(true);

    const history = await readTurnHistory(team.ctx, session.id);
    expect(history.filter((e) => e.type === 'message')).toHaveLength(CONTEXT_MAX_MESSAGES);
    expect(history.every((e) => e.type === 'message' || e.type === 'handoff')).toBe(true);
    // The newest messages, in order, ending where the transcript ends.
    const newestMessages = transcript.filter((e) => e.type === 'message').slice(-CONTEXT_MAX_MESSAGES);
    expect(history.map((e) => e.seq)).toEqual(newestMessages.map((e) => e.seq));

    const engine = createScriptedEngine([reply('still here')]);
    await sendMessage(team.ctx, session.id, { content: 'one more' }, engine);
    expect(engine.inputs[0]?.messages).toHaveLength(CONTEXT_MAX_MESSAGES);
    expect(engine.inputs[0]?.messages.at(-1)).toEqual({ role: 'user', content: 'one more' });
  });

  it('keeps the handoffs among the messages it reads, so an agent that arrived with last N still gets its N', async () => {
    const lastN = HANDOFF_LIMITS.lastN;
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, context: { mode: 'last_n', lastN } });
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, description: 'Hand off on errors.' });
    const answers = createScriptedEngine(Array.from({ length: 300 }, () => reply('General here')));
    const session = await createSession(team.ctx, { agentId: team.general.id }, answers);
    for (let i = 0; i < 150; i += 1) await sendMessage(team.ctx, session.id, { content: `question ${i}` }, answers);

    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), reply('Billing here'), reply('Billing again')]);
    const turn = await sendMessage(team.ctx, session.id, { content: 'my bill' }, engine);
    expect(turn.events.find((e) => e.type === 'handoff')).toMatchObject({ context: { mode: 'last_n', lastN, messagesPassed: lastN } });
    const arrived = engine.inputs[1]?.messages ?? [];
    expect(arrived).toHaveLength(lastN + 1);
    expect(arrived.at(-2)).toEqual({ role: 'user', content: 'my bill' });
    expect(arrived.at(-1)).toMatchObject({ content: 'Hi, Billing here.', agentName: 'Billing' });

    // The next message reads its history from the database: the arrival is found and still limits it.
    await sendMessage(team.ctx, session.id, { content: 'and the refund?' }, engine);
    expect(engine.inputs[2]?.messages).toHaveLength(lastN + 3);
    expect(engine.inputs[2]?.messages.slice(0, lastN)).toEqual(arrived.slice(0, lastN));
  });

  it('says a full-context handoff passed the capped window, not the whole long session', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    const answers = createScriptedEngine(Array.from({ length: 300 }, () => reply('General here')));
    const session = await createSession(team.ctx, { agentId: team.general.id }, answers);
    for (let i = 0; i < 150; i += 1) await sendMessage(team.ctx, session.id, { content: `question ${i}` }, answers);
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), reply('Billing here')]);
    const turn = await sendMessage(team.ctx, session.id, { content: 'my bill' }, engine);
    expect(turn.events.find((e) => e.type === 'handoff')).toMatchObject({ context: { mode: 'full', messagesPassed: CONTEXT_MAX_MESSAGES } });
    expect(engine.inputs[1]?.messages).toHaveLength(CONTEXT_MAX_MESSAGES);
  });
});
