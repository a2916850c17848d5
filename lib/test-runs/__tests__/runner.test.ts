import { count } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { chatSessions, sessionEvents } from '@/db/schema';
import type { DecideInput, Decision } from '@/lib/conversation/engines/types';
import { ValidationError } from '@/lib/domain/errors';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { runRoutingTests } from '../service';
import { insertCase } from './helpers';

const team = setupSupportTeam();

beforeEach(async () => {
  await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
  await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, description: 'When the router or internet is broken.' });
  await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id, description: 'When the router is broken.' });
});

const lastUser = (input: DecideInput) => input.messages.filter((message) => message.role === 'user').at(-1)?.content ?? '';

/** Hands off by keyword, from whichever agent is deciding: a tiny deterministic model. */
function keywordEngine() {
  return createScriptedEngine(
    Array.from({ length: 100 }, () => (input: DecideInput): Decision => {
      const text = lastUser(input).toLowerCase();
      const offered = (name: string) => input.tools.some((tool) => tool.definition.function.name === name);
      if (text.includes('invoice') && offered('transfer_to_billing')) return handoffTo('transfer_to_billing', 'The customer asks about an invoice.');
      if (text.includes('router') && offered('transfer_to_technical_support')) return handoffTo('transfer_to_technical_support');
      return { type: 'reply', text: 'Happy to help.', why: { summary: 'No handoff matched.', scores: [{ toolName: 'transfer_to_billing', score: 0.1, matched: ['help'] }] } };
    }),
  );
}

describe('runRoutingTests', () => {
  it('runs every case in a throw-away conversation: no session or event is written', async () => {
    await insertCase(team.ctx, team.general.id, ['Where is my invoice?'], team.billing.id);
    await insertCase(team.ctx, team.general.id, ['Hello there'], null);
    const run = await runRoutingTests(team.ctx, { engine: keywordEngine() });
    expect(run).toMatchObject({ status: 'finished', passed: 2, total: 2, done: 2, startedBy: 'tester', engine: 'Scripted test engine', agentId: null });
    expect((await team.ctx.db.select({ n: count() }).from(chatSessions))[0]?.n).toBe(0);
    expect((await team.ctx.db.select({ n: count() }).from(sessionEvents))[0]?.n).toBe(0);
  });

  it('a no-handoff case passes when the conversation stays, and fails (naming where it went) when it is handed off', async () => {
    const stays = await insertCase(team.ctx, team.general.id, ['Hello there'], null);
    const leaves = await insertCase(team.ctx, team.general.id, ['My invoice is wrong'], null);
    const run = await runRoutingTests(team.ctx, { engine: keywordEngine() });
    const byId = new Map(run.results.map((result) => [result.testId, result]));
    expect(byId.get(stays)).toMatchObject({ ok: true, reached: null, expect: { handoffTo: null } });
    expect(byId.get(leaves)).toMatchObject({ ok: false, reached: team.billing.id });
    expect(byId.get(leaves)?.why).toMatchObject({ outcome: 'handoff', reason: 'The customer asks about an invoice.', toolCall: { name: 'transfer_to_billing' } });
    expect(byId.get(stays)?.why).toMatchObject({ outcome: 'stayed', summary: 'No handoff matched.', scores: [{ toolName: 'transfer_to_billing', matched: ['help'] }] });
    expect(run.passed).toBe(1);
  });

  it('sends a multi-message case in order, carrying the conversation; the outcome is where it is after the last message', async () => {
    const engine = keywordEngine();
    const id = await insertCase(team.ctx, team.general.id, ['Hi', 'I have a question about an invoice', 'and now my router is broken'], team.tech.id);
    const run = await runRoutingTests(team.ctx, { engine });
    expect(run.results[0]).toMatchObject({ testId: id, ok: true, reached: team.tech.id, why: { outcome: 'handoff', toolCall: { name: 'transfer_to_technical_support' } } });
    // The third message is decided by Billing (who holds the conversation), with everything said before.
    const last = engine.inputs.at(-2) as DecideInput;
    expect(last.agent.name).toBe('Billing');
    expect(last.messages.filter((message) => message.role === 'user').map((message) => message.content)).toEqual([
      'Hi',
      'I have a question about an invoice',
      'and now my router is broken',
    ]);
  });

  it('opens each conversation like Test Chat, with the start agent’s greeting', async () => {
    const engine = createScriptedEngine([reply('ok')]);
    await insertCase(team.ctx, team.general.id, ['Hello'], null);
    await runRoutingTests(team.ctx, { engine });
    expect(engine.inputs[0]?.messages).toEqual([
      { role: 'assistant', content: 'Hi, General Support here.', agentName: 'General Support' },
      { role: 'user', content: 'Hello' },
    ]);
  });

  it('runs one agent’s cases only when given its id, and refuses a run with no case', async () => {
    await insertCase(team.ctx, team.general.id, ['Hello'], null);
    await insertCase(team.ctx, team.billing.id, ['Hello'], null);
    const run = await runRoutingTests(team.ctx, { agentId: team.billing.id, engine: keywordEngine() });
    expect(run).toMatchObject({ agentId: team.billing.id, total: 1 });
    expect(run.results.map((result) => result.agentId)).toEqual([team.billing.id]);
    await expect(runRoutingTests(team.ctx, { agentId: team.tech.id, engine: keywordEngine() })).rejects.toBeInstanceOf(ValidationError);
  });

  it('keeps at most `concurrency` cases in flight', async () => {
    for (let i = 0; i < 12; i++) await insertCase(team.ctx, team.general.id, [`message ${i}`], null);
    let inFlight = 0;
    let most = 0;
    const engine = createScriptedEngine(
      Array.from({ length: 12 }, () => async (): Promise<Decision> => {
        most = Math.max(most, ++inFlight);
        for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return reply('ok');
      }) as never,
    );
    const run = await runRoutingTests(team.ctx, { engine, concurrency: 3 });
    expect(run.done).toBe(12);
    expect(most).toBe(3);
  });

  it('writes each result with a copy of the case as it was run, in case order', async () => {
    await insertCase(team.ctx, team.general.id, ['Where is my invoice?'], team.billing.id, 'invoice goes to billing');
    await insertCase(team.ctx, team.general.id, ['router broken'], team.billing.id);
    const run = await runRoutingTests(team.ctx, { engine: keywordEngine() });
    expect(run.results.map((result) => [result.name, result.messages, result.expect.handoffTo, result.ok, result.reached])).toEqual([
      ['invoice goes to billing', ['Where is my invoice?'], team.billing.id, true, team.billing.id],
      [null, ['router broken'], team.billing.id, false, team.tech.id],
    ]);
    expect(run.results[1]?.failingSince).toEqual({ runId: run.id, createdAt: run.createdAt });
  });
});
