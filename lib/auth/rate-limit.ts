import { and, asc, count, eq, gt, lte, min } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInFailures } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import { RateLimitedError } from '@/lib/domain/errors';

/**
 * Failed sign-ins allowed per email and per client address in a window. Counted in the database
 * (`sign_in_failures`), so several instances of the app behind one address share one count.
 */
export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 30, windowMs: 15 * 60_000 } as const;

const keysOf = (email: string, address: string) =>
  [
    [`email:${email}`, SIGN_IN_LIMITS.perEmail],
    [`address:${address}`, SIGN_IN_LIMITS.perAddress],
  ] as const;

/** Refuses (RateLimitedError) while the email or the address has used up its failures in the window. */
export async function assertSignInAllowed(db: Db, email: string, address: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMs);
  for (const [key, limit] of keysOf(email, address)) {
    const [seen] = await db
      .select({ failures: count(), oldest: min(signInFailures.at) })
      .from(signInFailures)
      .where(and(eq(signInFailures.key, key), gt(signInFailures.at, since)));
    if (seen && seen.failures >= limit && seen.oldest) {
      // The refusal lifts when the oldest failure in the window leaves it.
      const retryAfterSeconds = Math.max(1, Math.ceil((new Date(seen.oldest).getTime() + SIGN_IN_LIMITS.windowMs - now.getTime()) / 1000));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new RateLimitedError(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, retryAfterSeconds);
    }
  }
}

/** Counts a failure against the email and the address, and forgets failures that left the window. */
export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()): Promise<void> {
  await withTransaction({ db }, async ({ db: tx }) => {
    await tx.delete(signInFailures).where(lte(signInFailures.at, new Date(now.getTime() - SIGN_IN_LIMITS.windowMs)));
    await tx.insert(signInFailures).values(keysOf(email, address).map(([key]) => ({ key, at: now })));
  });
}

/** A successful sign-in forgives the email's failures (not the address's: one address, many guesses). */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.key, `email:${email}`));
}

/** The failures counted against `key` (`email:…` or `address:…`), oldest first: for tests and support. */
export async function signInFailuresOf(db: Db, key: string): Promise<Date[]> {
  const rows = await db.select({ at: signInFailures.at }).from(signInFailures).where(eq(signInFailures.key, key)).orderBy(asc(signInFailures.at));
  return rows.map((row) => row.at);
}
