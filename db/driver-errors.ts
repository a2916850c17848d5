import { ConflictError } from '../lib/domain/errors';

// What each driver says when another writer got there first (SQLite: better-sqlite3's codes;
// PostgreSQL: SQLSTATE). Both mean "try again on fresh data", which the API answers as 409.
const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', '40001', '40P01', '55P03']);
const CLASH = new Set([
  'SQLITE_CONSTRAINT_UNIQUE',
  'SQLITE_CONSTRAINT_PRIMARYKEY',
  'SQLITE_CONSTRAINT_FOREIGNKEY',
  '23505',
  '23503',
]);

/** The driver's error code, looking through drizzle's DrizzleQueryError wrapper (`cause`). */
export function driverErrorCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * Turns a concurrency clash at the driver into the domain's ConflictError; anything else is returned
 * unchanged. Services check names, versions and targets first, so reaching here means a race.
 */
export function toDomainError(error: unknown): unknown {
  const code = driverErrorCode(error);
  if (code && BUSY.has(code)) {
    return new ConflictError('The database was busy with another change and this one was not saved. Please try again.');
  }
  if (code && CLASH.has(code)) {
    return new ConflictError('Another change was saved at the same moment and clashes with this one. Reload and try again.');
  }
  return error;
}
