import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** A short, URL-safe, prefixed id such as `agt_4f9k2m7q8r1s3t5v`: readable in logs and URLs. */
export function newId(prefix: string): string {
  const bytes = randomBytes(16);
  let body = '';
  for (const byte of bytes) body += ALPHABET[byte % ALPHABET.length];
  return `${prefix}_${body}`;
}
