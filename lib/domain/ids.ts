import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short, URL-safe, prefixed id such as `agt_4f9k2m7q8r1s3t5v`: readable in logs and URLs. */
export function newId(prefix: string): string {
  const bytes = randomBytes(16);
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${body}`;
}

let lastTime = 0;
let counter = 0;

/**
 * An id that sorts in creation order within this process (time, then a counter), then random: the
 * audit log orders rows that share a millisecond by it, the same way on every database.
 */
export function newSortableId(prefix: string): string {
  const now = Date.now();
  counter = now === lastTime ? counter + 1 : 0;
  lastTime = now;
  const time = now.toString(32).padStart(9, '0');
  const sequence = counter.toString(32).padStart(4, '0');
  return `${prefix}_${time}${sequence}${newId('').slice(1, 8)}`;
}
