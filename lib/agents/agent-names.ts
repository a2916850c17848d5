import { and, eq, inArray, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db/prepared';
import { agents } from '@/db/schema';
import type { SessionEventData } from '@/lib/conversation/events';
import type { ServiceContext } from '@/lib/domain/context';
import { agentNamesById } from '@/lib/functions/history';

/** What an id reads as when neither the agents nor the audit log know it. */
export const UNKNOWN_AGENT_NAME = 'Deleted agent';

/** Agent names for what outlives agents: transcripts, session history, a continued chat. */
export interface AgentNames {
  /** "Billing" while it exists; once deleted, its last name marked: "Billing (deleted)". */
  nameOf(id: string): string;
  isDeleted(id: string): boolean;
  /** The same names as plain data, for client components. */
  byId: Record<string, string>;
}

/** Resolves agent ids, live or deleted (by the last name their audit log recorded), in two queries. */
export async function resolveAgentNames(ctx: Pick<ServiceContext, 'db' | 'workspaceId'>, ids: Iterable<string>): Promise<AgentNames> {
  const wanted = [...new Set(ids)];
  const names = await agentNamesById(ctx.db, ctx, wanted);
  const liveRows =
    wanted.length === 0
      ? []
      : await ctx.db
          .select({ id: agents.id })
          .from(agents)
          .where(and(eq(agents.workspaceId, ctx.workspaceId), inArray(agents.id, wanted)));
  const live = new Set(liveRows.map((row) => row.id));
  const byId = Object.fromEntries(wanted.map((id) => [id, names.get(id) ?? UNKNOWN_AGENT_NAME]));
  return { byId, nameOf: (id) => byId[id] ?? UNKNOWN_AGENT_NAME, isDeleted: (id) => !live.has(id) };
}

/** Every agent of the workspace, id → name, in one prepared query: what a chat turn may name. */
export async function liveAgentNames(ctx: Pick<ServiceContext, 'db' | 'workspaceId'>): Promise<Map<string, string>> {
  const query = preparedOnce(ctx.db, 'agent_names_of_workspace', (handle, name) =>
    handle.select({ id: agents.id, name: agents.name }).from(agents).where(eq(agents.workspaceId, sql.placeholder('workspaceId'))).prepare(name),
  );
  return new Map((await query.execute({ workspaceId: ctx.workspaceId })).map((row) => [row.id, row.name]));
}

/** Every agent a session names: where it started and stands, and whoever acted in the events given. */
export function sessionAgentIds(session: { startAgentId: string; activeAgentId: string }, events: readonly SessionEventData[]): string[] {
  const ids = new Set([session.startAgentId, session.activeAgentId]);
  for (const event of events) {
    if (event.type === 'handoff') {
      ids.add(event.fromAgentId).add(event.toAgentId);
    } else {
      ids.add(event.agentId);
      if (event.type === 'guard' && event.answeredBy) ids.add(event.answeredBy);
    }
  }
  return [...ids];
}
