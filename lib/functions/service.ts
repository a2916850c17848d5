import { and, asc, eq, max, ne, sql } from 'drizzle-orm';
// Dialect-neutral: pg-core's alias is the same table proxy as sqlite-core's, and db/schema picks the dialect's tables.
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { preparedOnce } from '@/db/prepared';
import { agenticFunctions, agents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { Agent } from '@/lib/agents/service';
import { recordAudit } from '@/lib/audit/record-audit';
import type { AuditAction } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import { findOwned, getOwnedOrThrow } from '@/lib/domain/owned';
import { assertRoomForOneMore } from '@/lib/domain/workspace-room';
import { getFunctionType } from '@/lib/function-types/registry';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
import { assertRoomForExamples } from './example-room';
import type { FunctionCreate, FunctionUpdate } from './schema';

export type AgenticFunction = typeof agenticFunctions.$inferSelect;
export type FunctionWithTarget = AgenticFunction & {
  /** What the target agent is, and how it greets: enough to build the tool and run the handoff. */
  targetAgent: Pick<Agent, 'id' | 'name' | 'slug' | 'description' | 'instructions' | 'greeting'> | null;
};

/** An agent's functions in every phase, in their order, each with its target agent. */
export async function listFunctionsForAgent(ctx: ServiceContext, agentId: string): Promise<FunctionWithTarget[]> {
  return listFunctionsOf(ctx, await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId));
}

/** The same, for an agent the caller has already loaded in its workspace (getOwnedOrThrow): not checked again. */
export function listFunctionsOf(ctx: ServiceContext, agent: Pick<Agent, 'id'>): Promise<FunctionWithTarget[]> {
  return selectFunctions(ctx.db, ctx, { agentId: agent.id });
}

/** Every function of the workspace (the review page and the map read this). */
export async function listAllFunctions(ctx: ServiceContext): Promise<FunctionWithTarget[]> {
  return selectFunctions(ctx.db, ctx, {});
}

export async function getFunction(ctx: ServiceContext, id: string): Promise<FunctionWithTarget> {
  const [fn] = await selectFunctions(ctx.db, ctx, { id });
  if (!fn) throw new NotFoundError('Function', id);
  return fn;
}

/**
 * Adds a function to an agent, checked against the workspace (and its limits), with its
 * audit record, in one transaction (or in the caller's, so a workspace import runs the same checks).
 */
export function createFunction(ctx: ServiceContext, agentId: string, input: FunctionCreate): Promise<AgenticFunction> {
  return withTransaction(ctx, async (tx) => {
    const agent = await getOwnedOrThrow(tx.db, tx, 'Agent', agentId);
    const definition = getFunctionType(input.type);
    const target = await resolveTarget(tx, agent, definition.targetAgentId(input.config));
    const config = definition.complete(input.config, target);
    const now = new Date();
    const fn: AgenticFunction = {
      id: newId('fn'),
      workspaceId: tx.workspaceId,
      agentId,
      phase: input.phase,
      type: input.type,
      config,
      targetAgentId: target?.id ?? null,
      toolName: definition.toolName(config),
      enabled: input.enabled,
      position: await nextPosition(tx.db, agentId, input.phase),
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    assertSecretsToRun(fn);
    await assertNoClash(tx.db, agent, fn, definition.uniquePerTarget);
    await assertRoomForOneMore(tx, 'functions');
    await assertRoomForExamples(tx, null, config);
    await tx.db.insert(agenticFunctions).values(fn);
    await recordAudit(tx, { entityType: 'function', entityId: fn.id, action: 'create', before: null, after: fn }, now);
    return fn;
  });
}

/**
 * Changes a function's config and/or enabled flag. The caller's `version` must still be current:
 * otherwise a ConflictError says someone else saved it, and nothing is written. Answers the saved
 * function with its target, as getFunction would read it back.
 */
export function updateFunction(ctx: ServiceContext, id: string, input: FunctionUpdate): Promise<FunctionWithTarget> {
  return withTransaction(ctx, async (tx) => {
    const { fn: before, agent, target: currentTarget } = await getFunctionForSave(tx, id);
    if (input.version !== before.version) {
      throw new ConflictError(
        'This function was changed by someone else since you opened it, so nothing was saved.',
        {},
        'stale_version',
      );
    }
    const definition = getFunctionType(before.type);
    const prepared = input.config ? await prepareConfig(tx, agent, before.type, { ...before.config, ...input.config }, currentTarget) : null;
    // A secret left blank (the form never shows one) keeps the stored value.
    const config = prepared ? (definition.keepSecrets?.(prepared.config, before.config) ?? prepared.config) : before.config;
    const after: AgenticFunction = {
      ...before,
      config,
      targetAgentId: prepared ? (prepared.target?.id ?? null) : before.targetAgentId,
      toolName: definition.toolName(config),
      enabled: input.enabled ?? before.enabled,
      version: before.version + 1,
      updatedAt: new Date(),
    };
    assertSecretsToRun(after);
    await assertNoClash(tx.db, agent, after, definition.uniquePerTarget);
    if (prepared) await assertRoomForExamples(tx, id, config);
    await tx.db.update(agenticFunctions).set(after).where(eq(agenticFunctions.id, id));
    const action = auditActionFor(before, after, input);
    await recordAudit(tx, { entityType: 'function', entityId: id, action, before, after }, after.updatedAt);
    return { ...after, targetAgent: toTargetAgent(prepared ? prepared.target : currentTarget) };
  });
}

/**
 * What every write of a whole config passes: the type's schema (errors keyed `config.<field>`), the
 * target checks, and the defaults that depend on the workspace. Restore and import reuse it.
 * `currentTarget` is the target the function has now, already read in this transaction: kept, it is
 * not read again.
 */
export async function prepareConfig(
  tx: ServiceContext,
  agent: Agent,
  type: AgenticFunction['type'],
  raw: Record<string, unknown>,
  currentTarget: Agent | null = null,
): Promise<{ config: Record<string, unknown>; target: Agent | null }> {
  const definition = getFunctionType(type);
  const parsed = definition.configSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(
      Object.entries(fieldErrorsOf(parsed.error)).map(([key, messages]) => [`config.${key}`, messages]),
    );
    throw new ValidationError('The function was not saved: check the highlighted fields.', fieldErrors);
  }
  const target = await resolveTarget(tx, agent, definition.targetAgentId(parsed.data), currentTarget);
  return { config: definition.complete(parsed.data, target), target };
}

/** Removes a function (and records what it was). */
export function deleteFunction(ctx: ServiceContext, id: string): Promise<void> {
  return withTransaction(ctx, async (tx) => {
    const before = await getOwnedOrThrow(tx.db, tx, 'Function', id);
    await tx.db.delete(agenticFunctions).where(eq(agenticFunctions.id, id));
    await recordAudit(tx, { entityType: 'function', entityId: id, action: 'delete', before, after: null }, new Date());
  });
}

/** What a function carries of its target agent: the columns selectFunctions joins, from a whole row. */
function toTargetAgent(agent: Agent | null): FunctionWithTarget['targetAgent'] {
  if (!agent) return null;
  const { id, name, slug, description, instructions, greeting } = agent;
  return { id, name, slug, description, instructions, greeting };
}

/** What a function's row carries of its target agent (FunctionWithTarget['targetAgent']). */
const TARGET_COLUMNS = {
  id: agents.id,
  name: agents.name,
  slug: agents.slug,
  description: agents.description,
  instructions: agents.instructions,
  greeting: agents.greeting,
};

/** Which functions selectFunctions reads, each one prepared query: the column that picks them, and its name. */
const FUNCTION_QUERIES = {
  workspace: { filter: null, name: 'functions_of_workspace' },
  agent: { filter: 'agentId', name: 'functions_of_agent' },
  one: { filter: 'id', name: 'function_by_id' },
} as const;

/**
 * The workspace's functions (all, one agent's, or one by id), with their targets joined in the same
 * query rather than the whole workspace's agents read beside them. Prepared once (db/prepared.ts):
 * one agent's and one by id run on every chat message and save.
 */
async function selectFunctions(
  db: Db,
  ctx: ServiceContext,
  only: { agentId: string } | { id: string } | Record<string, never>,
): Promise<FunctionWithTarget[]> {
  const { filter, name } = 'agentId' in only ? FUNCTION_QUERIES.agent : 'id' in only ? FUNCTION_QUERIES.one : FUNCTION_QUERIES.workspace;
  const query = preparedOnce(db, name, (handle) =>
    handle
      .select({ fn: agenticFunctions, target: TARGET_COLUMNS })
      .from(agenticFunctions)
      .leftJoin(agents, and(eq(agents.id, agenticFunctions.targetAgentId), eq(agents.workspaceId, agenticFunctions.workspaceId)))
      .where(
        and(
          eq(agenticFunctions.workspaceId, sql.placeholder('workspaceId')),
          filter === null ? undefined : eq(agenticFunctions[filter], sql.placeholder(filter)),
        ),
      )
      .orderBy(asc(agenticFunctions.agentId), asc(agenticFunctions.phase), asc(agenticFunctions.position))
      .prepare(name),
  );
  const rows = await query.execute({ workspaceId: ctx.workspaceId, ...only });
  return rows.map(({ fn, target }) => ({ ...fn, targetAgent: target }));
}

/** The target agent's row under its own name, beside the function's agent in one query. */
const targetAgents = alias(agents, 'target_agent');

/**
 * A function with its agent and its current target, in one query inside the save's transaction: on
 * PostgreSQL each query is a round trip while the workspace's writers wait their turn.
 */
async function getFunctionForSave(tx: ServiceContext, id: string): Promise<{ fn: AgenticFunction; agent: Agent; target: Agent | null }> {
  const query = preparedOnce(tx.db, 'function_for_save', (handle, name) =>
    handle
      .select({ fn: agenticFunctions, agent: agents, target: targetAgents })
      .from(agenticFunctions)
      .innerJoin(agents, eq(agents.id, agenticFunctions.agentId))
      .leftJoin(targetAgents, and(eq(targetAgents.id, agenticFunctions.targetAgentId), eq(targetAgents.workspaceId, agenticFunctions.workspaceId)))
      .where(and(eq(agenticFunctions.id, sql.placeholder('id')), eq(agenticFunctions.workspaceId, sql.placeholder('workspaceId'))))
      .limit(1)
      .prepare(name),
  );
  const [row] = await query.execute({ id, workspaceId: tx.workspaceId });
  if (!row) throw new NotFoundError('Function', id);
  return row;
}

async function resolveTarget(tx: ServiceContext, agent: Agent, targetId: string | null, currentTarget: Agent | null = null): Promise<Agent | null> {
  if (targetId === null) return null;
  if (targetId === agent.id) {
    throw new ValidationError('An agent cannot hand off to itself.', {
      'config.targetAgentId': [`${agent.name} cannot hand off to itself: choose another Target Agent.`],
    });
  }
  const target = currentTarget?.id === targetId ? currentTarget : await findOwned(tx.db, tx, 'Agent', targetId);
  if (!target) {
    throw new ValidationError('The Target Agent does not exist in this workspace.', {
      'config.targetAgentId': ['This Target Agent does not exist in this workspace.'],
    });
  }
  return target;
}

/**
 * An enabled function has every secret it sends: one without (imported from a file, which carries
 * none) would call its webhook with an empty header, so it stays disabled until the secret is entered.
 */
function assertSecretsToRun(fn: AgenticFunction): void {
  const missing = fn.enabled ? (getFunctionType(fn.type).missingSecrets?.(fn.config) ?? []) : [];
  if (missing.length === 0) return;
  const names = missing.join(', ');
  throw new ValidationError(`The function cannot be enabled before its secret is entered: ${names} has no value.`, {
    'config.headers': [`Enter the value of ${names}: a function that calls its webhook without it cannot be enabled.`],
  });
}

/** One handoff per target, and one tool per name, within an agent: the LLM must tell them apart. */
export async function assertNoClash(tx: Db, agent: Agent, fn: AgenticFunction, uniquePerTarget: boolean): Promise<void> {
  const othersQuery = preparedOnce(tx, 'functions_of_agent_but', (handle, name) =>
    handle
      .select()
      .from(agenticFunctions)
      .where(and(eq(agenticFunctions.agentId, sql.placeholder('agentId')), ne(agenticFunctions.id, sql.placeholder('id'))))
      .prepare(name),
  );
  const others = await othersQuery.execute({ agentId: agent.id, id: fn.id });
  const sameTarget = uniquePerTarget
    ? others.find((other) => other.type === fn.type && other.targetAgentId !== null && other.targetAgentId === fn.targetAgentId)
    : undefined;
  if (sameTarget) {
    const [target] = await tx.select({ name: agents.name }).from(agents).where(eq(agents.id, sameTarget.targetAgentId ?? '')).limit(1);
    const targetName = target?.name;
    const message = `${agent.name} already hands off to ${targetName} (${sameTarget.toolName}). Edit that function instead of adding another.`;
    throw new ConflictError(message, { 'config.targetAgentId': [message] });
  }
  // Names that differ only in case clash too: the model (and the admin reading a transcript) would not tell them apart.
  const name = fn.toolName?.toLowerCase();
  const sameTool = name ? others.find((other) => other.toolName?.toLowerCase() === name) : undefined;
  // A type an agent has once (End Session): say so rather than name the tool.
  if (sameTool && sameTool.type === fn.type && getFunctionType(fn.type).onePerAgent) {
    const message = `${agent.name} already has ${getFunctionType(fn.type).label}: an agent has one. Edit that function instead of adding another.`;
    throw new ConflictError(message, { type: [message] });
  }
  if (sameTool) {
    const message =
      sameTool.toolName === fn.toolName
        ? `${agent.name} already has a tool named ${fn.toolName}. Tool names must be unique within an agent.`
        : `${agent.name} already has a tool named ${sameTool.toolName}, which differs from ${fn.toolName} only in case. Tool names must be unique within an agent.`;
    throw new ConflictError(message, { [`config.${getFunctionType(fn.type).toolNameField ?? 'toolName'}`]: [message] });
  }
}

/** The position after the last function of the agent's phase. */
export async function nextPosition(tx: Db, agentId: string, phase: AgenticFunction['phase']): Promise<number> {
  const [row] = await tx
    .select({ last: max(agenticFunctions.position) })
    .from(agenticFunctions)
    .where(and(eq(agenticFunctions.agentId, agentId), eq(agenticFunctions.phase, phase)));
  return (row?.last ?? -1) + 1;
}

function auditActionFor(before: AgenticFunction, after: AgenticFunction, input: FunctionUpdate): AuditAction {
  if (!input.config && before.enabled !== after.enabled) return after.enabled ? 'enable' : 'disable';
  return 'update';
}
