import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedOnce } from '@/db/prepared';
import { agenticFunctions, agents, chatSessions, routingTests } from '@/db/schema';
import { NotFoundError } from './errors';
import type { ServiceContext } from './context';

const OWNED = {
  Agent: agents,
  Function: agenticFunctions,
  Session: chatSessions,
  RoutingTest: routingTests,
} as const;

type OwnedKind = keyof typeof OWNED;
type OwnedRow<K extends OwnedKind> = (typeof OWNED)[K]['$inferSelect'];

/**
 * The one way to load a row by id: scoped by the caller's workspace, and a NotFoundError otherwise,
 * so a row of another workspace is indistinguishable from a missing one.
 */
export async function getOwnedOrThrow<K extends OwnedKind>(
  db: Db,
  ctx: Pick<ServiceContext, 'workspaceId'>,
  kind: K,
  id: string,
): Promise<OwnedRow<K>> {
  const row = await findOwned(db, ctx, kind, id);
  if (!row) throw new NotFoundError(kind, id);
  return row;
}

/** The same row, or null: for a caller whose refusal is not a 404 (a handoff's Target Agent). */
export async function findOwned<K extends OwnedKind>(
  db: Db,
  ctx: Pick<ServiceContext, 'workspaceId'>,
  kind: K,
  id: string,
): Promise<OwnedRow<K> | null> {
  const table: (typeof OWNED)[OwnedKind] = OWNED[kind];
  // Run several times a request: prepared once (db/prepared.ts).
  const query = preparedOnce(db, `owned_${kind}`, (handle, name) =>
    handle
      .select()
      .from(table as typeof agents)
      .where(and(eq(table.id, sql.placeholder('id')), eq(table.workspaceId, sql.placeholder('workspaceId'))))
      .limit(1)
      .prepare(name),
  );
  const [row] = await query.execute({ id, workspaceId: ctx.workspaceId });
  return (row as OwnedRow<K> | undefined) ?? null;
}
