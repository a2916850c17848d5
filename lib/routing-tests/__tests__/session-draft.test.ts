import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAgent } from '@/lib/agents/service';
import type { DecideInput } from '@/lib/conversation/engines/types';
import type { SessionEvent } from '@/lib/conversation/events';
import { NotFoundError, ValidationError } from '@/lib/domain/errors';
import { createSession, getSession, sendMessage } from '@/lib/sessions/service';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { draftTestFromSession } from '../session-draft';

const team = setupSupportTeam();

beforeEach(async () => {
  await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
  await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id, description: 'Hand off when the app crashes.' });
});

/** A conversation: hello (stays), a refund (→ Billing), a crash (→ Technical Support); the user messages' seqs. */
async function conversation() {
  // Hands off when the newest message names the topic of a tool on offer; otherwise answers.
  const route = ({ messages, tools }: DecideInput) => {
    const last = messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
    const offered = (name: string) => tools.some((tool) => tool.definition.function.name === name);
    if (last.includes('refund') && offered('transfer_to_billing')) return handoffTo('transfer_to_billing');
    if (last.includes('crashes') && offered('transfer_to_technical_support')) return handoffTo('transfer_to_technical_support');
    return reply('ok');
  };
  const engine = createScriptedEngine(Array.from({ length: 10 }, () => route));
  const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
  for (const content of ['hello', 'I want a refund', 'also, the app crashes']) await sendMessage(team.ctx, session.id, { content }, engine);
  const { events } = await getSession(team.ctx, session.id);
  const seqs = events.filter((e): e is SessionEvent & { type: 'message' } => e.type === 'message' && e.role === 'user').map((e) => e.seq);
  return { session, seqs };
}

describe('draftTestFromSession', () => {
  it('takes the customer messages up to the one chosen, from the start agent, expecting where that turn left the conversation', async () => {
    const { session, seqs } = await conversation();
    const [first, second, third] = seqs as [number, number, number];
    expect(await draftTestFromSession(team.ctx, session.id, first)).toMatchObject({
      startAgent: { id: team.general.id, name: 'General Support' },
      messages: ['hello'],
      expect: { handoffTo: null },
      note: null,
    });
    expect(await draftTestFromSession(team.ctx, session.id, second)).toMatchObject({ messages: ['hello', 'I want a refund'], expect: { handoffTo: team.billing.id } });
    const last = await draftTestFromSession(team.ctx, session.id, third);
    expect(last).toMatchObject({ messages: ['hello', 'I want a refund', 'also, the app crashes'], expect: { handoffTo: team.tech.id } });
    expect(last.agents.map((agent) => agent.name)).toEqual(['Billing', 'General Support', 'Technical Support']);
  });

  it('refuses a seq that is not a customer message, and a conversation whose start agent is gone', async () => {
    const { session, seqs } = await conversation();
    await expect(draftTestFromSession(team.ctx, session.id, 1)).rejects.toBeInstanceOf(NotFoundError);
    await expect(draftTestFromSession(team.ctx, 'ses_missing', 1)).rejects.toBeInstanceOf(NotFoundError);
    const lobby = await makeAgent(team.ctx, 'Lobby');
    const engine = createScriptedEngine([reply('hi')]);
    const other = await createSession(team.ctx, { agentId: lobby.id }, engine);
    await sendMessage(team.ctx, other.id, { content: 'anyone?' }, engine);
    await deleteAgent(team.ctx, lobby.id);
    const { events } = await getSession(team.ctx, other.id);
    await expect(draftTestFromSession(team.ctx, other.id, events.at(-2)?.seq as number)).rejects.toBeInstanceOf(ValidationError);
    expect(seqs).toHaveLength(3);
  });

  it('keeps the newest messages a test can hold, starting with whoever had the conversation before them', async () => {
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), ...Array.from({ length: 40 }, () => reply('ok'))]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    for (let i = 0; i < 22; i += 1) await sendMessage(team.ctx, session.id, { content: `message ${i}` }, engine);
    const { events } = await getSession(team.ctx, session.id);
    const lastUser = events.filter((e) => e.type === 'message' && e.role === 'user').at(-1) as SessionEvent;
    const draft = await draftTestFromSession(team.ctx, session.id, lastUser.seq);
    expect(draft.messages).toEqual(Array.from({ length: 20 }, (_, i) => `message ${i + 2}`));
    expect(draft.startAgent.name).toBe('Billing');
    expect(draft.expect.handoffTo).toBeNull();
    expect(draft.note).toBe('A test holds at most 20 messages and 4,000 characters, so this one leaves out the first 2 and starts with Billing, who had the conversation then.');
  });
});
