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
  const table: (typeof OWNED)[OwnedKind] = OWNED[kind];
  const query = preparedOnce(db, `owned_${kind}`, (handle, name) =>
    handle
      .select()
      .from(table as typeof agents)
      .where(and(eq(table.id, sql.placeholder('id')), eq(table.workspaceId, sql.placeholder('workspaceId'))))
      .limit(1)
      .prepare(name),
  );
  const [row] = await query.execute({ id, workspaceId: ctx.workspaceId });
  if (!row) throw new NotFoundError(kind, id);
  return row as OwnedRow<K>;
}
