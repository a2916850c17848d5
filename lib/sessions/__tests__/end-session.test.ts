import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { agenticFunctions, chatSessions, sessionEvents } from '@/db/schema';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import type { LlmEngine } from '@/lib/conversation/engines/types';
import type { SessionEvent } from '@/lib/conversation/events';
import type { FunctionType } from '@/lib/domain/constants';
import { ConflictError } from '@/lib/domain/errors';
import { FUNCTION_TYPE_REGISTRY, type AnyDefinition } from '@/lib/function-types/registry';
import type { FunctionTypeDefinition, SessionHookInput, TranscriptLine } from '@/lib/function-types/types';
import { FunctionCreateSchema } from '@/lib/functions/schema';
import { createFunction } from '@/lib/functions/service';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeHandoff } from '@/lib/testing/factories';
import { createScriptedEngine, handoffTo, reply } from '@/lib/testing/scripted-engine';
import { endSession } from '../end-session';
import { createSession, getSession, sendMessage } from '../service';

const team = setupSupportTeam();

afterEach(async () => {
  delete (FUNCTION_TYPE_REGISTRY as Record<string, AnyDefinition>)[RECORDER];
});

const ENDED = { code: 'session_ended', message: 'This conversation has ended: start a new one.' };
const types = (events: readonly SessionEvent[]) => events.map((event) => (event.type === 'message' ? event.kind : event.type));

function addEndSession(agentId: string, config: Record<string, unknown> = {}) {
  const input = FunctionCreateSchema.parse({
    phase: 'during_session',
    type: 'end_session',
    config: { description: 'End the conversation when the customer says goodbye, thanks, that’s all.', ...config },
  });
  return createFunction(team.ctx, agentId, input);
}

/** A Post-Session type only this file's registry knows: it records what it was run with. */
const RECORDER = 'recorder' as FunctionType;
type HookCall = SessionHookInput & { transcript: TranscriptLine[] };
function registerRecorder(behaviour: (session: HookCall) => void = () => undefined): HookCall[] {
  const calls: HookCall[] = [];
  const definition: FunctionTypeDefinition<{ label: string }> = {
    type: RECORDER,
    label: 'Recorder',
    summary: '',
    phases: ['post_session'],
    configSchema: z.strictObject({ label: z.string() }),
    targetAgentId: () => null,
    uniquePerTarget: false,
    toolName: () => null,
    complete: (config) => config,
    toTool: () => null,
    onSessionEnd: async (config, session) => {
      calls.push(session);
      behaviour(session);
      return {
        events: [
          {
            type: 'function_call',
            agentId: session.agent.id,
            functionId: session.functionId,
            name: config.label,
            phase: 'post_session',
            request: { url: 'http://receiver.test/', method: 'POST', body: {} },
            status: 200,
            durationMs: 1,
            mode: 'wait',
          },
        ],
      };
    },
    coach: () => [],
    describe: (config) => config.label,
  };
  (FUNCTION_TYPE_REGISTRY as Record<string, AnyDefinition>)[RECORDER] = definition as unknown as AnyDefinition;
  return calls;
}

/** A Post-Session function of the recorder type, stored as any function is. */
async function addRecorder(agentId: string, label: string) {
  const now = new Date();
  await team.ctx.db.insert(agenticFunctions).values({
    id: `fn_${label}`,
    workspaceId: team.ctx.workspaceId,
    agentId,
    phase: 'post_session',
    type: RECORDER,
    config: { label },
    targetAgentId: null,
    toolName: null,
    enabled: true,
    position: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  });
}

async function storedEvents(sessionId: string) {
  return (await getSession(team.ctx, sessionId)).events;
}

describe('ending a conversation with the End conversation button', () => {
  it('marks it ended with a session_end by the user, and refuses any further message (409)', async () => {
    const engine = createScriptedEngine([reply('Sure.')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    await sendMessage(team.ctx, session.id, { content: 'hello' }, engine);

    const ended = await endSession(team.ctx, session.id);
    expect(ended.events).toEqual([expect.objectContaining({ type: 'session_end', by: 'user', agentId: team.general.id, message: '', seq: 4 })]);
    expect((await getSession(team.ctx, session.id)).endedAt).toBe(ended.endedAt);

    const refused = sendMessage(team.ctx, session.id, { content: 'one more thing' }, engine);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toMatchObject(ENDED);
    expect(engine.inputs).toHaveLength(1);
    expect(types(await storedEvents(session.id))).toEqual(['greeting', 'user', 'reply', 'session_end']);
  });

  it('refuses a second end (409) and records the first only', async () => {
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    await endSession(team.ctx, session.id);
    await expect(endSession(team.ctx, session.id)).rejects.toMatchObject(ENDED);
    expect(types(await storedEvents(session.id))).toEqual(['greeting', 'session_end']);
  });

  it('a message whose turn ran while the conversation was ended writes nothing', async () => {
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    // The button is pressed while the LLM is still deciding.
    const engine: LlmEngine = {
      id: 'simulated',
      label: 'racing',
      decide: async () => {
        await endSession(team.ctx, session.id);
        return reply('Too late.');
      },
    };
    await expect(sendMessage(team.ctx, session.id, { content: 'hello?' }, engine)).rejects.toMatchObject(ENDED);
    expect(types(await storedEvents(session.id))).toEqual(['greeting', 'session_end']);
    const [row] = await team.ctx.db.select().from(chatSessions).where(eq(chatSessions.id, session.id));
    expect(row?.activeAgentId).toBe(team.general.id);
  });
});

describe('the agent ends the conversation with End Session', () => {
  it('the built-in model calls it on a goodbye: closing message, session_end by the agent, and no more messages', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await addEndSession(team.general.id, { closingMessage: 'Glad to help. Goodbye!' });
    const engine = createSimulatedEngine({ encoder: false });
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);

    const turn = await sendMessage(team.ctx, session.id, { content: 'thanks, that’s all, bye' }, engine);
    expect(types(turn.events)).toEqual(['user', 'tool_call', 'reply', 'session_end']);
    expect(turn.events[1]).toMatchObject({ type: 'tool_call', toolName: 'end_session', result: 'ended' });
    expect(turn.events[2]).toMatchObject({ content: 'Glad to help. Goodbye!', agentId: team.general.id });
    expect(turn.events[3]).toMatchObject({ type: 'session_end', by: 'agent', agentId: team.general.id, message: 'Glad to help. Goodbye!' });
    expect(turn.endedAt).toEqual(expect.any(String));
    expect((await getSession(team.ctx, session.id)).endedAt).toBe(turn.endedAt);

    await expect(sendMessage(team.ctx, session.id, { content: 'wait' }, engine)).rejects.toMatchObject(ENDED);
    await expect(endSession(team.ctx, session.id)).rejects.toMatchObject(ENDED);
  });

  it('a handoff question still goes to the handoff, and the conversation goes on', async () => {
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id });
    await addEndSession(team.general.id);
    const engine = createSimulatedEngine({ encoder: false });
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'I have a question about my invoice payment' }, engine);
    expect(turn.activeAgentId).toBe(team.billing.id);
    expect(turn.endedAt).toBeNull();
    expect(types(turn.events)).not.toContain('session_end');
  });

  it('an empty closing message ends it without a word', async () => {
    await addEndSession(team.general.id, { closingMessage: '' });
    const engine = createScriptedEngine([handoffTo('end_session', 'The customer is done.')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    const turn = await sendMessage(team.ctx, session.id, { content: 'bye' }, engine);
    expect(types(turn.events)).toEqual(['user', 'tool_call', 'session_end']);
    expect(turn.events.at(-1)).toMatchObject({ by: 'agent', message: '' });
  });
});

describe('Post-Session functions when a conversation ends', () => {
  it('run for every agent of the chain, in order, with the whole transcript, and their events follow session_end', async () => {
    const calls = registerRecorder();
    await addRecorder(team.general.id, 'general-after');
    await addRecorder(team.billing.id, 'billing-after');
    await addRecorder(team.tech.id, 'tech-after'); // never part of this conversation
    await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, greetOnArrival: false });
    await addEndSession(team.billing.id, { closingMessage: 'Bye now.' });
    const engine = createScriptedEngine([handoffTo('transfer_to_billing'), reply('Refund done.'), handoffTo('end_session')]);
    const session = await createSession(team.ctx, { agentId: team.general.id }, engine);
    await sendMessage(team.ctx, session.id, { content: 'refund please' }, engine);

    const turn = await sendMessage(team.ctx, session.id, { content: 'thanks, bye' }, engine);
    expect(types(turn.events)).toEqual(['user', 'tool_call', 'reply', 'session_end', 'function_call', 'function_call']);
    expect(turn.events.slice(-2).map((event) => event.type === 'function_call' && event.name)).toEqual(['general-after', 'billing-after']);
    expect(calls.map((call) => [call.agent, call.functionId])).toEqual([
      [{ id: team.general.id, name: 'General Support' }, 'fn_general-after'],
      [{ id: team.billing.id, name: 'Billing' }, 'fn_billing-after'],
    ]);
    expect(calls[0]?.sessionId).toBe(session.id);
    expect(calls[0]?.transcript).toEqual([
      { role: 'assistant', agentId: team.general.id, content: 'Hi, General Support here.' },
      { role: 'user', agentId: team.general.id, content: 'refund please' },
      { role: 'assistant', agentId: team.billing.id, content: 'Refund done.' },
      { role: 'user', agentId: team.billing.id, content: 'thanks, bye' },
      { role: 'assistant', agentId: team.billing.id, content: 'Bye now.' },
    ]);
    expect(types(await storedEvents(session.id)).slice(-3)).toEqual(['session_end', 'function_call', 'function_call']);
  });

  it('run when the user ends it too', async () => {
    const calls = registerRecorder();
    await addRecorder(team.general.id, 'general-after');
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    const ended = await endSession(team.ctx, session.id);
    expect(types(ended.events)).toEqual(['session_end', 'function_call']);
    expect(calls).toHaveLength(1);
  });

  it('a hook that throws is recorded as an error; the conversation stays ended', async () => {
    registerRecorder(() => {
      throw new Error('receiver exploded');
    });
    await addRecorder(team.general.id, 'general-after');
    const session = await createSession(team.ctx, { agentId: team.general.id }, createScriptedEngine([]));
    const ended = await endSession(team.ctx, session.id);
    expect(ended.events.at(-1)).toMatchObject({ type: 'error', message: 'A Post-Session function failed: receiver exploded' });
    const [row] = await team.ctx.db.select().from(chatSessions).where(eq(chatSessions.id, session.id));
    expect(row?.endedAt).toBeInstanceOf(Date);
  });
});

describe('End Session as a function', () => {
  it('is one per agent: a second is a 409 that says so; another agent may have its own', async () => {
    await addEndSession(team.general.id);
    const second = addEndSession(team.general.id, { description: 'End when the customer has nothing else to ask.' });
    await expect(second).rejects.toBeInstanceOf(ConflictError);
    await expect(second).rejects.toMatchObject({
      fieldErrors: { type: ['General Support already has End Session: an agent has one. Edit that function instead of adding another.'] },
    });
    await expect(addEndSession(team.billing.id)).resolves.toMatchObject({ toolName: 'end_session', targetAgentId: null });
    const rows = await team.ctx.db.select().from(agenticFunctions).where(and(eq(agenticFunctions.agentId, team.general.id), eq(agenticFunctions.type, 'end_session')));
    expect(rows).toHaveLength(1);
  });

  it('is stored with its closing message, the default when none is sent', async () => {
    const fn = await addEndSession(team.general.id);
    expect(fn.config).toEqual({ description: 'End the conversation when the customer says goodbye, thanks, that’s all.', closingMessage: 'Thanks for contacting us. Goodbye!' });
    expect(fn).toMatchObject({ phase: 'during_session', toolName: 'end_session' });
  });
});

describe('nothing is left behind when a write fails', () => {
  it('an end refused for an unknown session writes nothing', async () => {
    await expect(endSession(team.ctx, 'ses_missing')).rejects.toMatchObject({ entity: 'Session' });
    expect(await team.ctx.db.select().from(sessionEvents)).toEqual([]);
  });
});
