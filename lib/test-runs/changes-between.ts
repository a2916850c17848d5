import { and, count, desc, eq, gt, inArray, lte } from 'drizzle-orm';
import { auditEvents } from '@/db/schema';
import type { AuditAction, AuditEntity } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';
import { agentNamesById, snapshotOf } from '@/lib/functions/history';
import { functionHistoryHref, workspaceHistoryHref } from '@/lib/review/hrefs';

/** Changes listed between two runs; the rest are counted. */
export const CHANGES_SHOWN = 20;

const ENTITIES: AuditEntity[] = ['function', 'agent', 'routing_test'];

/** A configuration change made between two runs, linking to its history entry. */
export interface ConfigChange {
  id: string;
  at: string;
  actor: string;
  entityType: AuditEntity;
  entityId: string;
  action: AuditAction;
  subject: string;
  href: string;
}

export interface ChangesBetween {
  changes: ConfigChange[];
  /** Changes in the interval, those listed included. */
  total: number;
}

type AuditRow = typeof auditEvents.$inferSelect;

/** The changes to functions, agents and routing tests in (after, upTo], newest first, at most CHANGES_SHOWN. */
export async function changesBetween(ctx: ServiceContext, after: Date, upTo: Date): Promise<ChangesBetween> {
  const where = and(eq(auditEvents.workspaceId, ctx.workspaceId), inArray(auditEvents.entityType, ENTITIES), gt(auditEvents.at, after), lte(auditEvents.at, upTo));
  const rows = await ctx.db.select().from(auditEvents).where(where).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(CHANGES_SHOWN);
  const total = rows.length < CHANGES_SHOWN ? rows.length : Number((await ctx.db.select({ n: count() }).from(auditEvents).where(where))[0]?.n ?? 0);
  const names = await agentNamesById(ctx.db, ctx, rows.flatMap(agentIdsOf));
  return { changes: rows.map((row) => toChange(row, names)), total };
}

function agentIdsOf(row: AuditRow): string[] {
  if (row.entityType === 'agent') return [row.entityId];
  const state = row.after ?? row.before ?? {};
  return [state.agentId, state.targetAgentId, state.expectHandoffTo].filter((id): id is string => typeof id === 'string');
}

function toChange(row: AuditRow, names: Map<string, string>): ConfigChange {
  const state = row.after ?? row.before ?? {};
  const nameOf = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? 'a deleted agent') : 'no agent');
  let subject: string;
  let href: string;
  if (row.entityType === 'function') {
    const snapshot = snapshotOf(row);
    subject = snapshot
      ? `${nameOf(snapshot.agentId)} → ${snapshot.targetAgentId ? nameOf(snapshot.targetAgentId) : 'no target'}${snapshot.toolName ? ` (${snapshot.toolName})` : ''}`
      : 'A function';
    href = `${functionHistoryHref(row.entityId)}#${row.id}`;
  } else if (row.entityType === 'agent') {
    subject = typeof state.name === 'string' ? state.name : nameOf(row.entityId);
    href = workspaceHistoryHref({ entity: 'agent', entry: row.id });
  } else {
    subject = `Routing test ${testLabel(state)} of ${nameOf(state.agentId)}`;
    href = workspaceHistoryHref({ entity: 'routing_test', entry: row.id });
  }
  return { id: row.id, at: row.at.toISOString(), actor: row.actor, entityType: row.entityType, entityId: row.entityId, action: row.action, subject, href };
}

function testLabel(state: Record<string, unknown>): string {
  if (typeof state.name === 'string' && state.name.trim()) return `“${state.name.trim()}”`;
  const first = Array.isArray(state.messages) && typeof state.messages[0] === 'string' ? state.messages[0] : '';
  return first ? `“${first.length > 60 ? `${first.slice(0, 59)}…` : first}”` : '(unnamed)';
}
