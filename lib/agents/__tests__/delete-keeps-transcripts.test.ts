import { describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { ConflictError } from '@/lib/domain/errors';
import { deleteFunction, listFunctionsForAgent } from '@/lib/functions/service';
import { loadWorkspaceHistory } from '@/lib/review/history-load';
import { createSession, getSession, listSessions, sendMessage } from '@/lib/sessions/service';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { resolveAgentNames, sessionAgentIds } from '../agent-names';
import { deleteAgent, updateAgent } from '../service';

const team = setupSupportTeam();

/** Billing's test conversations: one started with it, one handed to it, one it handed on; and one without it. */
async function billingConversations() {
  const toBilling = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
  await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.general.id, description: 'Hand off when the customer has a general question.' });
  await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id, description: 'Hand off when the customer reports a technical fault.' });
  const engine = createScriptedEngine([reply('Your invoice is paid.'), handoffTo('transfer_to_billing'), reply('Billing here, on it.'), handoffTo('transfer_to_general_support'), reply('General here.'), reply('Hello.')]);
  const startedWith = await createSession(team.ctx, { agentId: team.billing.id }, engine);
  await sendMessage(team.ctx, startedWith.id, { content: 'Is my invoice paid?' }, engine);
  const endedWith = await createSession(team.ctx, { agentId: team.general.id }, engine);
  await sendMessage(team.ctx, endedWith.id, { content: 'A question about my bill' }, engine);
  const handedOn = await createSession(team.ctx, { agentId: team.billing.id }, engine);
  await sendMessage(team.ctx, handedOn.id, { content: 'Actually, a general question' }, engine);
  const without = await createSession(team.ctx, { agentId: team.tech.id }, engine);
  await sendMessage(team.ctx, without.id, { content: 'Hi' }, engine);
  // General's handoff to Billing must go before Billing can.
  await deleteFunction(team.ctx, toBilling.id);
  return { startedWith, endedWith, handedOn, without };
}

describe('deleting an agent keeps the test transcripts it took part in', () => {
  it('keeps every session and every event, readable as before', async () => {
    const { startedWith, endedWith, handedOn } = await billingConversations();
    const before = await Promise.all([startedWith, endedWith, handedOn].map((s) => getSession(team.ctx, s.id)));
    await deleteAgent(team.ctx, team.billing.id);
    expect(await listSessions(team.ctx)).toHaveLength(4);
    const after = await Promise.all([startedWith, endedWith, handedOn].map((s) => getSession(team.ctx, s.id)));
    expect(after).toEqual(before);
    expect(after[1]?.events.map((e) => e.type)).toEqual(['message', 'message', 'tool_call', 'handoff', 'message', 'message']);
  });

  it('names the deleted agent by its last name, marked deleted, in the session and its events', async () => {
    const { endedWith } = await billingConversations();
    await updateAgent(team.ctx, team.billing.id, { name: 'Billing & Payments' });
    await deleteAgent(team.ctx, team.billing.id);
    const session = await getSession(team.ctx, endedWith.id);
    const names = await resolveAgentNames(team.ctx, sessionAgentIds(session, session.events));
    expect(names.nameOf(session.startAgentId)).toBe('General Support');
    expect(names.nameOf(session.activeAgentId)).toBe('Billing & Payments (deleted)');
    expect(names.isDeleted(team.billing.id)).toBe(true);
    expect(names.isDeleted(team.general.id)).toBe(false);
    const handoff = session.events.find((e) => e.type === 'handoff');
    expect(handoff && names.nameOf(handoff.toAgentId)).toBe('Billing & Payments (deleted)');
    expect(names.byId).toEqual({ [team.general.id]: 'General Support', [team.billing.id]: 'Billing & Payments (deleted)' });
    expect((await resolveAgentNames(team.ctx, ['agt_never'])).nameOf('agt_never')).toBe('Deleted agent');
  });

  it('audits what the delete affected: the functions removed and the transcripts kept', async () => {
    await billingConversations();
    const own = (await listFunctionsForAgent(team.ctx, team.billing.id)).map((fn) => ({ id: fn.id, toolName: fn.toolName }));
    expect(own.map((fn) => fn.toolName).sort()).toEqual(['transfer_to_general_support', 'transfer_to_technical_support']);
    await deleteAgent(team.ctx, team.billing.id);
    const record = (await team.ctx.db.select().from(auditEvents)).find((e) => e.entityType === 'agent' && e.action === 'delete');
    expect(record?.before).toMatchObject({ id: team.billing.id, name: 'Billing' });
    expect(record?.effects).toEqual({ functionsRemoved: own, testSessionsKept: 3 });
    const { entries } = await loadWorkspaceHistory(team.ctx, { page: 1, size: 100 });
    expect(entries[0]).toMatchObject({ action: 'delete', subject: 'Agent Billing', effects: '2 functions removed, 3 test transcripts kept' });
  });

  it('says so in the singular, and when nothing else was affected', async () => {
    const lone = await makeAgent(team.ctx, 'Lone');
    await deleteAgent(team.ctx, lone.id);
    await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id });
    await createSession(team.ctx, { agentId: team.billing.id }, createScriptedEngine([]));
    await deleteAgent(team.ctx, team.billing.id);
    const { entries } = await loadWorkspaceHistory(team.ctx, { page: 1, size: 100 });
    expect(entries.filter((e) => e.entityType === 'agent' && e.action === 'delete').map((e) => e.effects)).toEqual([
      '1 function removed, 1 test transcript kept',
      'No functions removed, no test transcripts kept',
    ]);
  });

  it('refuses to continue a conversation whose active agent was deleted, and one started with it carries on', async () => {
    const { startedWith, endedWith, handedOn } = await billingConversations();
    await deleteAgent(team.ctx, team.billing.id);
    const engine = createScriptedEngine([reply('General again.')]);
    for (const session of [startedWith, endedWith]) {
      const attempt = sendMessage(team.ctx, session.id, { content: 'Still there?' }, engine);
      await expect(attempt).rejects.toBeInstanceOf(ConflictError);
      await expect(attempt).rejects.toThrow(
        'This conversation cannot continue: the agent holding it, Billing (deleted), no longer exists. Start a new test chat; this transcript stays in Session history.',
      );
    }
    expect(engine.inputs).toHaveLength(0);
    expect((await getSession(team.ctx, endedWith.id)).page.total).toBe(6);
    // Started with Billing but handed on to General: General still answers.
    const turn = await sendMessage(team.ctx, handedOn.id, { content: 'Still there?' }, engine);
    expect(turn.events.at(-1)).toMatchObject({ type: 'message', content: 'General again.', agentId: team.general.id });
  });
});
