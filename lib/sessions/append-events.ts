import { eq, max, sql } from 'drizzle-orm';
import { preparedOnce } from '@/db/prepared';
import { sessionEvents } from '@/db/schema';
import type { SessionEvent, SessionEventData } from '@/lib/conversation/events';
import type { ServiceContext } from '@/lib/domain/context';
import { newId } from '@/lib/domain/ids';

/** Appends events after the session's last seq; inside the write transaction, so seqs never collide. */
export async function appendEvents(tx: ServiceContext, sessionId: string, events: SessionEventData[], at: Date): Promise<SessionEvent[]> {
  if (events.length === 0) return [];
  const lastSeq = preparedOnce(tx.db, 'session_last_seq', (handle, name) =>
    handle.select({ seq: max(sessionEvents.seq) }).from(sessionEvents).where(eq(sessionEvents.sessionId, sql.placeholder('sessionId'))).prepare(name),
  );
  const [last] = await lastSeq.execute({ sessionId });
  const first = (last?.seq ?? 0) + 1;
  const rows = events.map((event, index) => ({
    id: newId('evt'),
    workspaceId: tx.workspaceId,
    sessionId,
    seq: first + index,
    type: event.type,
    agentId: 'agentId' in event ? event.agentId : event.fromAgentId,
    payload: event as unknown as Record<string, unknown>,
    createdAt: at,
  }));
  await tx.db.insert(sessionEvents).values(rows);
  return rows.map((row, index) => ({ ...(events[index] as SessionEventData), id: row.id, seq: row.seq, createdAt: at.toISOString() }));
}
