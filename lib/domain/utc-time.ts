const UTC_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/**
 * "1 Dec 2026, 17:33": one way of writing a moment on every page, in UTC (the server renders it, and
 * does not know the reader's zone). Pages say "UTC" beside it, in a column header or after it.
 */
export function formatUtc(at: Date | string): string {
  return UTC_TIME.format(typeof at === 'string' ? new Date(at) : at);
}
