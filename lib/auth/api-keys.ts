import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { preparedOnce } from '@/db/prepared';
import { apiKeys } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ServiceContext } from '@/lib/domain/context';
import { NotFoundError } from '@/lib/domain/errors';
import { newId } from '@/lib/domain/ids';
import type { ApiKeyRole } from './roles';
import { API_KEY_PREFIX, type ApiKeyCreateInput } from './schema';
import { hashToken, newSecretToken } from './tokens';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
/** What the UI and API list: never the hash. */
export type ApiKeyView = Omit<ApiKeyRow, 'keyHash' | 'workspaceId'>;

/** last_used_at is written at most this often per key, so a busy key does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

function toView(row: ApiKeyRow): ApiKeyView {
  const { id, name, role, prefix, createdBy, createdAt, lastUsedAt, revokedAt } = row;
  return { id, name, role, prefix, createdBy, createdAt, lastUsedAt, revokedAt };
}

/**
 * Creates a key of the caller's workspace and returns its secret, which is stored only as a hash and
 * never shown again. `secret` is for INIT_API_KEY: a key chosen by whoever deploys.
 */
export async function createApiKey(
  ctx: ServiceContext,
  input: ApiKeyCreateInput,
  secret = `${API_KEY_PREFIX}${newSecretToken()}`,
  now = new Date(),
): Promise<{ apiKey: ApiKeyView; key: string }> {
  const row: ApiKeyRow = {
    id: newId('key'),
    workspaceId: ctx.workspaceId,
    name: input.name,
    role: input.role,
    keyHash: hashToken(secret),
    prefix: secret.slice(0, API_KEY_PREFIX.length + 4),
    createdBy: ctx.actor,
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await withTransaction(ctx, async (tx) => {
    await tx.db.insert(apiKeys).values(row);
    await recordAudit(tx, { entityType: 'api_key', entityId: row.id, action: 'create', before: null, after: { name: row.name, role: row.role, prefix: row.prefix } }, now);
  });
  return { apiKey: toView(row), key: secret };
}

/** The workspace's keys, newest first; revoked ones are listed (with when) so the history stays readable. */
export async function listApiKeys(ctx: ServiceContext): Promise<ApiKeyView[]> {
  const rows = await ctx.db.select().from(apiKeys).where(eq(apiKeys.workspaceId, ctx.workspaceId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  return rows.map(toView);
}

/** Revokes a key: it stops working on its next request. Another workspace's key is not found. */
export async function revokeApiKey(ctx: ServiceContext, id: string, now = new Date()): Promise<ApiKeyView> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx.db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, id), eq(apiKeys.workspaceId, ctx.workspaceId)))
      .limit(1);
    if (!row) throw new NotFoundError('API key', id);
    if (row.revokedAt) return toView(row);
    await tx.db.update(apiKeys).set({ revokedAt: now }).where(eq(apiKeys.id, id));
    await recordAudit(tx, { entityType: 'api_key', entityId: id, action: 'delete', before: { name: row.name, role: row.role, prefix: row.prefix }, after: null }, now);
    return toView({ ...row, revokedAt: now });
  });
}

export interface AuthenticatedKey {
  keyId: string;
  workspaceId: string;
  name: string;
  role: ApiKeyRole;
}

/** The workspace and role a presented key acts with, or null for an unknown or revoked key. */
export async function authenticateApiKey(db: Db, presented: string, now = new Date()): Promise<AuthenticatedKey | null> {
  const query = preparedOnce(db, 'api_key_by_hash', (handle, name) =>
    handle
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, sql.placeholder('keyHash')), isNull(apiKeys.revokedAt)))
      .limit(1)
      .prepare(name),
  );
  const [row] = await query.execute({ keyHash: hashToken(presented) });
  if (!row) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  // Most requests find it fresh and write nothing; the condition is repeated in SQL so two instances
  // racing on a stale key write it once.
  if (row.lastUsedAt === null || row.lastUsedAt < stale) {
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, stale))));
  }
  return { keyId: row.id, workspaceId: row.workspaceId, name: row.name, role: row.role };
}
