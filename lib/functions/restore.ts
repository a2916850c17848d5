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
  return withTransaction(ctx, (tx) => {
    const record = tx.db
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
      .get();
    if (!record) throw new NotFoundError('History entry', input.eventId);
    const snapshot = snapshotOf(record);
    if (!snapshot) throw new ValidationError('This history entry holds no version of the function to restore.', {});
    const current = tx.db
      .select()
      .from(agenticFunctions)
      .where(and(eq(agenticFunctions.id, functionId), eq(agenticFunctions.workspaceId, ctx.workspaceId)))
      .get();
    return current ? restoreOver(tx, current, snapshot, input) : recreate(tx, functionId, snapshot);
  });
}

function restoreOver(tx: ServiceContext, current: AgenticFunction, snapshot: FunctionSnapshot, input: RestoreFunctionInput): AgenticFunction {
  if (input.version !== undefined && input.version !== current.version) {
    throw new ConflictError('This function was changed since you opened its history. Reload to see the latest version.', {}, 'stale_version');
  }
  const agent = getOwnedOrThrow(tx.db, tx, 'Agent', current.agentId);
  const definition = getFunctionType(current.type);
  assertTargetStillExists(tx, snapshot);
  const { config, target } = refuseWithVersion(snapshot, () => prepareConfig(tx, agent, current.type, snapshot.config));
  const after: AgenticFunction = {
    ...current,
    config,
    targetAgentId: target?.id ?? null,
    toolName: definition.toolName(config),
    enabled: snapshot.enabled,
    version: current.version + 1,
    updatedAt: new Date(),
  };
  refuseWithVersion(snapshot, () => assertNoClash(tx.db, agent, after, definition.uniquePerTarget));
  tx.db.update(agenticFunctions).set(after).where(eq(agenticFunctions.id, current.id)).run();
  recordAudit(tx, { entityType: 'function', entityId: current.id, action: 'restore', before: current, after }, after.updatedAt);
  return after;
}

function recreate(tx: ServiceContext, functionId: string, snapshot: FunctionSnapshot): AgenticFunction {
  const agent = tx.db
    .select()
    .from(agents)
    .where(and(eq(agents.id, snapshot.agentId), eq(agents.workspaceId, tx.workspaceId)))
    .get();
  if (!agent) {
    const name = agentNamesById(tx.db, tx, [snapshot.agentId]).get(snapshot.agentId) ?? 'its agent';
    throw new ValidationError(`This function cannot be restored: the agent it belonged to, ${name}, no longer exists.`, {});
  }
  const definition = getFunctionType(snapshot.type);
  const reason = unavailableReason(definition, snapshot.phase);
  if (reason) throw new ValidationError(`This function cannot be restored: ${reason}.`, { phase: [`${reason}.`] });
  assertTargetStillExists(tx, snapshot);
  const { config, target } = refuseWithVersion(snapshot, () => prepareConfig(tx, agent, snapshot.type, snapshot.config));
  const lastVersion = Math.max(...selectFunctionHistory(tx.db, tx, functionId).map((event) => snapshotOf(event)?.version ?? 0));
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
    position: nextPosition(tx.db, agent.id, snapshot.phase),
    version: lastVersion + 1,
    createdAt: now,
    updatedAt: now,
  };
  refuseWithVersion(snapshot, () => assertNoClash(tx.db, agent, fn, definition.uniquePerTarget));
  refuseWithVersion(snapshot, () => assertRoomForOneMore(tx, 'functions'));
  tx.db.insert(agenticFunctions).values(fn).run();
  recordAudit(tx, { entityType: 'function', entityId: fn.id, action: 'restore', before: null, after: fn }, now);
  return fn;
}

/** A target deleted since: say which agent is gone, not just that "the Target Agent" is missing. */
function assertTargetStillExists(tx: ServiceContext, snapshot: FunctionSnapshot): void {
  const targetId = snapshot.targetAgentId;
  if (!targetId) return;
  const exists = tx.db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.id, targetId), eq(agents.workspaceId, tx.workspaceId)))
    .get();
  if (exists) return;
  const name = agentNamesById(tx.db, tx, [targetId]).get(targetId) ?? 'an agent';
  const message = `Version ${snapshot.version} cannot be restored: it hands off to ${name}, which no longer exists.`;
  throw new ValidationError(message, { 'config.targetAgentId': [message] });
}

/** The services' refusals, prefixed with which version could not be restored. */
function refuseWithVersion<T>(snapshot: FunctionSnapshot, run: () => T): T {
  try {
    return run();
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
