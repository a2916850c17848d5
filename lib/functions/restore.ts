import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { agenticFunctions, agents, auditEvents } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { assertRoomForOneMore } from '@/lib/domain/workspace-room';
import { getFunctionType, unavailableReason } from '@/lib/function-types/registry';
import { assertRoomForExamples } from './example-room';
import { agentNamesById, selectFunctionHistory, snapshotOf, type FunctionSnapshot } from './history';
import { assertNoClash, nextPosition, prepareConfig, type AgenticFunction } from './service';

/** Restoring: which recorded version, and (when the function exists) the version the admin saw. */
export const RestoreFunctionSchema = z.object({
  eventId: z.string({ error: 'Choose the version to restore.' }).trim().min(1, 'Choose the version to restore.'),
  version: z.coerce.number().int().positive().optional(),
});
export type RestoreFunctionInput = z.output<typeof RestoreFunctionSchema>;

/**
 * Puts back the version a history entry recorded, as a new version (audited as `restore`). It passes
 * the same checks as an update — the type's config schema, target, unique target and tool name — so a
 * restore can never write what an edit could not. A deleted function comes back under its old id if its
 * agent and target still exist; otherwise the restore is refused, saying which one is gone.
 */
export function restoreFunction(ctx: ServiceContext, functionId: string, input: RestoreFunctionInput): Promise<AgenticFunction> {
  return withTransaction(ctx, async (tx) => {
    const [record] = await tx.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.id, input.eventId),
          eq(auditEvents.workspaceId, ctx.workspaceId),
          eq(auditEvents.entityType, 'function'),
          eq(auditEvents.entityId, functionId),
        ),
      )
      .limit(1);
    if (!record) throw new NotFoundError('History entry', input.eventId);
    const snapshot = snapshotOf(record);
    if (!snapshot) throw new ValidationError('This history entry holds no version of the function to restore.', {});
    const [current] = await tx.db
      .select()
      .from(agenticFunctions)
      .where(and(eq(agenticFunctions.id, functionId), eq(agenticFunctions.workspaceId, ctx.workspaceId)))
      .limit(1);
    return current ? restoreOver(tx, current, snapshot, input) : recreate(tx, functionId, snapshot);
  });
}

async function restoreOver(
  tx: ServiceContext,
  current: AgenticFunction,
  snapshot: FunctionSnapshot,
  input: RestoreFunctionInput,
): Promise<AgenticFunction> {
  if (input.version !== undefined && input.version !== current.version) {
    throw new ConflictError('This function was changed since you opened its history. Reload to see the latest version.', {}, 'stale_version');
  }
  const agent = await getOwnedOrThrow(tx.db, tx, 'Agent', current.agentId);
  const definition = getFunctionType(current.type);
  await assertTargetStillExists(tx, snapshot);
  const prepared = await refuseWithVersion(snapshot, () => prepareConfig(tx, agent, current.type, snapshot.config));
  // History holds no secrets (header values are blanked in it): the stored ones stay.
  const config = definition.keepSecrets?.(prepared.config, current.config) ?? prepared.config;
  const target = prepared.target;
  const after: AgenticFunction = {
    ...current,
    config,
    targetAgentId: target?.id ?? null,
    toolName: definition.toolName(config),
    enabled: snapshot.enabled,
    version: current.version + 1,
    updatedAt: new Date(),
  };
  await refuseWithVersion(snapshot, () => assertNoClash(tx.db, agent, after, definition.uniquePerTarget));
  await refuseWithVersion(snapshot, () => assertRoomForExamples(tx, current.id, config));
  await tx.db.update(agenticFunctions).set(after).where(eq(agenticFunctions.id, current.id));
  await recordAudit(tx, { entityType: 'function', entityId: current.id, action: 'restore', before: current, after }, after.updatedAt);
  return after;
}

async function recreate(tx: ServiceContext, functionId: string, snapshot: FunctionSnapshot): Promise<AgenticFunction> {
  const [agent] = await tx.db
    .select()
    .from(agents)
    .where(and(eq(agents.id, snapshot.agentId), eq(agents.workspaceId, tx.workspaceId)))
    .limit(1);
  if (!agent) {
    const name = (await agentNamesById(tx.db, tx, [snapshot.agentId])).get(snapshot.agentId) ?? 'its agent';
    throw new ValidationError(`This function cannot be restored: the agent it belonged to, ${name}, no longer exists.`, {});
  }
  const definition = getFunctionType(snapshot.type);
  const reason = unavailableReason(definition, snapshot.phase);
  if (reason) throw new ValidationError(`This function cannot be restored: ${reason}.`, { phase: [`${reason}.`] });
  await assertTargetStillExists(tx, snapshot);
  const { config, target } = await refuseWithVersion(snapshot, () => prepareConfig(tx, agent, snapshot.type, snapshot.config));
  const history = await selectFunctionHistory(tx.db, tx, functionId);
  const lastVersion = Math.max(...history.map((event) => snapshotOf(event)?.version ?? 0));
  const now = new Date();
  const fn: AgenticFunction = {
    id: functionId,
    workspaceId: tx.workspaceId,
    agentId: agent.id,
    phase: snapshot.phase,
    type: snapshot.type,
    config,
    targetAgentId: target?.id ?? null,
    toolName: definition.toolName(config),
    enabled: snapshot.enabled,
    position: await nextPosition(tx.db, agent.id, snapshot.phase),
    version: lastVersion + 1,
    createdAt: now,
    updatedAt: now,
  };
  await refuseWithVersion(snapshot, () => assertNoClash(tx.db, agent, fn, definition.uniquePerTarget));
  await refuseWithVersion(snapshot, () => assertRoomForOneMore(tx, 'functions'));
  await refuseWithVersion(snapshot, () => assertRoomForExamples(tx, null, config));
  await tx.db.insert(agenticFunctions).values(fn);
  await recordAudit(tx, { entityType: 'function', entityId: fn.id, action: 'restore', before: null, after: fn }, now);
  return fn;
}

/** A target deleted since: say which agent is gone, not just that "the Target Agent" is missing. */
async function assertTargetStillExists(tx: ServiceContext, snapshot: FunctionSnapshot): Promise<void> {
  const targetId = snapshot.targetAgentId;
  if (!targetId) return;
  const [exists] = await tx.db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.id, targetId), eq(agents.workspaceId, tx.workspaceId)))
    .limit(1);
  if (exists) return;
  const name = (await agentNamesById(tx.db, tx, [targetId])).get(targetId) ?? 'an agent';
  const message = `Version ${snapshot.version} cannot be restored: it hands off to ${name}, which no longer exists.`;
  throw new ValidationError(message, { 'config.targetAgentId': [message] });
}

/** The services' refusals, prefixed with which version could not be restored. */
async function refuseWithVersion<T>(snapshot: FunctionSnapshot, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const prefix = `Version ${snapshot.version} cannot be restored: `;
    if (error instanceof ValidationError) throw new ValidationError(prefix + lowerFirst(error.message), error.fieldErrors);
    if (error instanceof ConflictError) throw new ConflictError(prefix + lowerFirst(error.message), error.fieldErrors, error.code);
    throw error;
  }
}

function lowerFirst(text: string): string {
  // Agent names start sentences ("Billing already hands off…"); only lower a plain leading word.
  return /^(The|This|An|A) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
