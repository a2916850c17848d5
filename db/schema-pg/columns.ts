import { timestamp } from 'drizzle-orm/pg-core';

/** A point in time read back as a Date, to the millisecond, as SQLite's `timestamp_ms` integers are. */
export const timestampMs = (name: string) => timestamp(name, { mode: 'date', precision: 3, withTimezone: true });
