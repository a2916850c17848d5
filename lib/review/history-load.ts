import { and, eq, inArray } from 'drizzle-orm';
import { agenticFunctions } from '@/db/schema';
import type { ServiceContext } from '@/lib/domain/context';
import { agentNamesById, listFunctionHistory, listWorkspaceHistory, snapshotOf, type AuditRecord, type HistoryQuery } from '@/lib/functions/history';
import type { AgenticFunction } from '@/lib/functions/service';
import type { Page } from '@/lib/paging/page';
import { routingTestAgentIds } from './history-routing-test';
import type { HistoryEntryView } from './history-entry';
import { toHistoryEntries } from './history-view';

export interface FunctionHistoryView {
  functionId: string;
  /** The function as saved now; null once deleted. */
  current: { version: number; agentId: string } | null;
  subject: string;
  entries: HistoryEntryView[];
  /** When this was read: "5 minutes ago" is relative to it. */
  asOf: number;
}

/** One function's history page: every entry newest first, each restorable unless it is the present. */
export async function loadFunctionHistory(ctx: ServiceContext, functionId: string): Promise<FunctionHistoryView> {
  const records = await listFunctionHistory(ctx, functionId);
  const current = await currentFunctions(ctx, [functionId]);
  const entries = toHistoryEntries(records, await namesFor(ctx, records), current);
  const saved = current.get(functionId) ?? null;
  return {
    functionId,
    current: saved ? { version: saved.version, agentId: saved.agentId } : null,
    subject: entries[0]?.subject ?? functionId,
    entries,
    asOf: Date.now(),
  };
}

export interface WorkspaceHistoryView {
  entries: HistoryEntryView[];
  /** Where these entries sit among all the changes of the filter. */
  page: Omit<Page<never>, 'items'>;
  /** When this was read: "5 minutes ago" is relative to it. */
  asOf: number;
}

/** One page of the workspace's history page: agents, functions and routing tests, newest first. */
export async function loadWorkspaceHistory(ctx: ServiceContext, query: HistoryQuery): Promise<WorkspaceHistoryView> {
  const { items: records, ...page } = await listWorkspaceHistory(ctx, query);
  const functionIds = records.filter((record) => record.entityType === 'function').map((record) => record.entityId);
  const [names, current] = await Promise.all([namesFor(ctx, records), currentFunctions(ctx, functionIds)]);
  return { entries: toHistoryEntries(records, names, current), page, asOf: Date.now() };
}

function namesFor(ctx: ServiceContext, records: AuditRecord[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const record of records) {
    if (record.entityType === 'agent') ids.add(record.entityId);
    if (record.entityType === 'routing_test') routingTestAgentIds(record).forEach((id) => ids.add(id));
    const snapshot = record.entityType === 'function' ? snapshotOf(record) : null;
    if (snapshot) {
      ids.add(snapshot.agentId);
      if (snapshot.targetAgentId) ids.add(snapshot.targetAgentId);
    }
  }
  return agentNamesById(ctx.db, ctx, ids);
}

/** The functions as saved now, by id; a deleted one maps to null. */
async function currentFunctions(ctx: ServiceContext, ids: string[]): Promise<Map<string, AgenticFunction | null>> {
  const unique = [...new Set(ids)];
  const result = new Map<string, AgenticFunction | null>(unique.map((id) => [id, null]));
  if (unique.length === 0) return result;
  const rows = await ctx.db
    .select()
    .from(agenticFunctions)
    .where(and(eq(agenticFunctions.workspaceId, ctx.workspaceId), inArray(agenticFunctions.id, unique)));
  for (const row of rows) result.set(row.id, row);
  return result;
}
