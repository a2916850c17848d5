import { and, asc, eq, inArray } from 'drizzle-orm';
import { agenticFunctions } from '@/db/schema';
import type { Phase } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import type { FunctionCallEvent, SessionEndEvent } from '@/lib/domain/function-call-events';
import { getFunctionType, type FunctionTypeLookup } from '@/lib/function-types/registry';
import type { SessionHookInput, SessionStartOutcome, TranscriptLine } from '@/lib/function-types/types';
import { lazySigningSecret } from '@/lib/webhooks/signing-secret';

type LifecyclePhase = Extract<Phase, 'pre_session' | 'post_session'>;

interface PhaseFunction {
  id: string;
  agentId: string;
  type: (typeof agenticFunctions.$inferSelect)['type'];
  config: Record<string, unknown>;
}

/** The enabled functions of `phase` on these agents, in each agent's order. */
async function phaseFunctions(ctx: ServiceContext, agentIds: string[], phase: LifecyclePhase): Promise<PhaseFunction[]> {
  if (agentIds.length === 0) return [];
  return ctx.db
    .select({ id: agenticFunctions.id, agentId: agenticFunctions.agentId, type: agenticFunctions.type, config: agenticFunctions.config })
    .from(agenticFunctions)
    .where(
      and(
        eq(agenticFunctions.workspaceId, ctx.workspaceId),
        inArray(agenticFunctions.agentId, agentIds),
        eq(agenticFunctions.phase, phase),
        eq(agenticFunctions.enabled, true),
      ),
    )
    .orderBy(asc(agenticFunctions.position), asc(agenticFunctions.id));
}

/**
 * Pre-Session: every enabled Pre-Session function of the starting agent, in order, through its type's
 * `onSessionStart` (types without one do nothing). Variables accumulate; the first block ends it.
 * The registry is the only thing that knows what a type does here.
 */
export async function runSessionStart(
  ctx: ServiceContext,
  session: Omit<SessionHookInput, 'functionId' | 'workspaceId'>,
  lookup: FunctionTypeLookup = getFunctionType,
): Promise<Required<Pick<SessionStartOutcome, 'events' | 'variables'>> & Pick<SessionStartOutcome, 'block'>> {
  const events: Array<FunctionCallEvent | SessionEndEvent> = [];
  let variables = { ...session.variables };
  const signingSecret = lazySigningSecret(ctx);
  for (const fn of await phaseFunctions(ctx, [session.agent.id], 'pre_session')) {
    const definition = lookup(fn.type);
    const parsed = definition.configSchema.safeParse(fn.config);
    if (!definition.onSessionStart || !parsed.success) continue;
    const outcome = await definition.onSessionStart(parsed.data, { ...session, workspaceId: ctx.workspaceId, functionId: fn.id, variables, signingSecret });
    events.push(...outcome.events);
    variables = { ...variables, ...outcome.variables };
    if (outcome.block) return { events, variables, block: outcome.block };
  }
  return { events, variables };
}

/**
 * Post-Session: when a conversation ends, the Post-Session functions of every agent it went through
 * (its agent chain, in order of first appearance), each with the whole transcript.
 */
export async function runSessionEnd(
  ctx: ServiceContext,
  session: Omit<SessionHookInput, 'functionId' | 'workspaceId' | 'agent'> & { agents: Array<{ id: string; name: string }>; transcript: TranscriptLine[] },
  lookup: FunctionTypeLookup = getFunctionType,
): Promise<Array<FunctionCallEvent | SessionEndEvent>> {
  const events: Array<FunctionCallEvent | SessionEndEvent> = [];
  const functions = await phaseFunctions(ctx, session.agents.map((agent) => agent.id), 'post_session');
  const signingSecret = lazySigningSecret(ctx);
  for (const agent of session.agents) {
    for (const fn of functions.filter((candidate) => candidate.agentId === agent.id)) {
      const definition = lookup(fn.type);
      const parsed = definition.configSchema.safeParse(fn.config);
      if (!definition.onSessionEnd || !parsed.success) continue;
      const outcome = await definition.onSessionEnd(parsed.data, { ...session, agent, workspaceId: ctx.workspaceId, functionId: fn.id, signingSecret });
      events.push(...outcome.events);
    }
  }
  return events;
}
