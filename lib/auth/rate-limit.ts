import { RateLimitedError } from '@/lib/domain/errors';

/**
 * Failed sign-ins allowed per email and per client address in a window. In memory, per process:
 * enough to make guessing passwords slow; several instances each keep their own count (README).
 */
export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 30, windowMs: 15 * 60_000 } as const;

interface Window {
  failures: number[];
}

const shared = globalThis as unknown as { switchboardSignInFailures?: Map<string, Window> };
const failures = (shared.switchboardSignInFailures ??= new Map());

function recent(key: string, now: number): number[] {
  const kept = (failures.get(key)?.failures ?? []).filter((at: number) => now - at < SIGN_IN_LIMITS.windowMs);
  if (kept.length === 0) failures.delete(key);
  else failures.set(key, { failures: kept });
  return kept;
}

/** Refuses (RateLimitedError) while the email or the address has used up its failures. */
export function assertSignInAllowed(email: string, address: string, now = Date.now()): void {
  const checks: Array<[string, number]> = [
    [`email:${email}`, SIGN_IN_LIMITS.perEmail],
    [`address:${address}`, SIGN_IN_LIMITS.perAddress],
  ];
  for (const [key, limit] of checks) {
    const seen = recent(key, now);
    if (seen.length >= limit) {
      const retryAfterSeconds = Math.ceil((seen[0]! + SIGN_IN_LIMITS.windowMs - now) / 1000);
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new RateLimitedError(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, retryAfterSeconds);
    }
  }
}

export function recordSignInFailure(email: string, address: string, now = Date.now()): void {
  for (const key of [`email:${email}`, `address:${address}`]) {
    failures.set(key, { failures: [...recent(key, now), now] });
  }
}

/** A successful sign-in forgives the email's failures (not the address's: one address, many guesses). */
export function clearSignInFailures(email: string): void {
  failures.delete(`email:${email}`);
}

/** For tests: forget every count. */
export function resetSignInLimits(): void {
  failures.clear();
}
