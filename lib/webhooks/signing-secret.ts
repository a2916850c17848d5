import { eq } from 'drizzle-orm';
import { workspaceWebhookSecrets } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { newSecretToken } from '@/lib/auth/tokens';
import type { ServiceContext } from '@/lib/domain/context';

/**
 * The workspace's secret for signing webhook bodies, made on first need and kept: receivers check
 * `X-Switchboard-Signature` against it. Stored as is (it must be, to sign); admins read it on the
 * Agentic Functions page. Not audited: it is not configuration anyone edits.
 */
export async function webhookSigningSecret(ctx: ServiceContext): Promise<string> {
  const read = async (db: ServiceContext['db']) =>
    (await db.select({ secret: workspaceWebhookSecrets.secret }).from(workspaceWebhookSecrets).where(eq(workspaceWebhookSecrets.workspaceId, ctx.workspaceId)).limit(1))[0]?.secret;
  const existing = await read(ctx.db);
  if (existing) return existing;
  return withTransaction(ctx, async (tx) => {
    // Another request may have made it meanwhile: the first one made is the one kept.
    await tx.db.insert(workspaceWebhookSecrets).values({ workspaceId: tx.workspaceId, secret: `whsec_${newSecretToken()}`, createdAt: new Date() }).onConflictDoNothing();
    return (await read(tx.db)) as string;
  });
}

/** A lazy reader, so a conversation with no Custom Function never touches the table. */
export function lazySigningSecret(ctx: ServiceContext): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => (pending ??= webhookSigningSecret(ctx));
}
