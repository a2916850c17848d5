import { eq } from 'drizzle-orm';
import { workspaceWebhookSecrets } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { newSecretToken } from '@/lib/auth/tokens';
import type { ServiceContext } from '@/lib/domain/context';

const SECRET_PREFIX = 'whsec_';

/**
 * The workspace's secret for signing webhook bodies, made on first need and kept: receivers check
 * `X-Switchboard-Signature` against it. Stored as is (it must be, to sign); admins read and rotate it
 * under Settings → Webhooks. Making it is not audited (nobody chose anything); rotating it is.
 */
export async function webhookSigningSecret(ctx: ServiceContext): Promise<string> {
  return (await readOrMakeSecret(ctx)).secret;
}

/** A lazy reader, so a conversation with no Custom Function never touches the table. */
export function lazySigningSecret(ctx: ServiceContext): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => (pending ??= webhookSigningSecret(ctx));
}

/** What the settings page shows before anyone asks to see the secret: its shape, never its value. */
export interface WebhookSecretSummary {
  /** `whsec_••••••••wXyZ`: enough to tell two secrets apart, too little to sign anything. */
  masked: string;
  /** When this secret was made (first use or last rotation). */
  createdAt: Date;
}

export function maskSecret(secret: string): string {
  return `${SECRET_PREFIX}${'•'.repeat(8)}${secret.slice(-4)}`;
}

export async function webhookSecretSummary(ctx: ServiceContext): Promise<WebhookSecretSummary> {
  const { secret, createdAt } = await readOrMakeSecret(ctx);
  return { masked: maskSecret(secret), createdAt };
}

/**
 * Replaces the secret with a new one, in one transaction with its audit event: every call signed from
 * then on uses it, and the old one signs nothing. The audit entry says when, never either secret
 * (history is readable by every member).
 */
export async function rotateWebhookSigningSecret(ctx: ServiceContext, now = new Date()): Promise<{ secret: string } & WebhookSecretSummary> {
  const secret = `${SECRET_PREFIX}${newSecretToken()}`;
  await withTransaction(ctx, async (tx) => {
    const previous = await readSecret(tx.db, tx.workspaceId);
    await tx.db
      .insert(workspaceWebhookSecrets)
      .values({ workspaceId: tx.workspaceId, secret, createdAt: now })
      .onConflictDoUpdate({ target: workspaceWebhookSecrets.workspaceId, set: { secret, createdAt: now } });
    await recordAudit(
      tx,
      {
        entityType: 'webhook_secret',
        entityId: tx.workspaceId,
        action: previous ? 'update' : 'create',
        before: previous ? { createdAt: previous.createdAt } : null,
        after: { createdAt: now },
      },
      now,
    );
  });
  return { secret, masked: maskSecret(secret), createdAt: now };
}

async function readSecret(db: ServiceContext['db'], workspaceId: string) {
  return (
    await db
      .select({ secret: workspaceWebhookSecrets.secret, createdAt: workspaceWebhookSecrets.createdAt })
      .from(workspaceWebhookSecrets)
      .where(eq(workspaceWebhookSecrets.workspaceId, workspaceId))
      .limit(1)
  )[0];
}

async function readOrMakeSecret(ctx: ServiceContext): Promise<{ secret: string; createdAt: Date }> {
  const existing = await readSecret(ctx.db, ctx.workspaceId);
  if (existing) return existing;
  return withTransaction(ctx, async (tx) => {
    // Another request may have made it meanwhile: the first one made is the one kept.
    await tx.db.insert(workspaceWebhookSecrets).values({ workspaceId: tx.workspaceId, secret: `${SECRET_PREFIX}${newSecretToken()}`, createdAt: new Date() }).onConflictDoNothing();
    return (await readSecret(tx.db, tx.workspaceId))!;
  });
}
