import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: session cookies, invitation links and API keys. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What is stored instead of a token: its SHA-256. The tokens are long random strings, so a fast hash
 * is enough (no salt, no work factor) and lets the server look a token up by its hash.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
