import { randomBytes } from 'node:crypto';

/** The request header the root layout reads the nonce from, for the inline theme script it renders. */
export const NONCE_HEADER = 'x-nonce';

/** A fresh, unguessable nonce for one request's inline scripts: 16 random bytes in base64. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export interface SecurityHeaders {
  /** Sent on the response, whatever answers it: a page, an API route, Next's 404 or the guard's refusal. */
  response: Record<string, string>;
  /** Set on the incoming request before Next reads it (lowercase, as Node stores request headers). */
  request: Record<string, string>;
}

/**
 * The security headers of one request to `target` (its path, or an absolute URL). Pages get a
 * nonce-based script policy; `/api` answers are JSON and may load nothing at all, so they need no
 * nonce and `makeNonce` is not called for them (random bytes on every API request cost ~4 % of a
 * read's CPU). The request keeps the policy too: Next's renderer takes the nonce for its own <script>
 * tags from the incoming request's Content-Security-Policy header
 * (next/dist/server/app-render/get-script-nonce-from-header).
 */
export function securityHeaders(target: string, makeNonce: () => string, options: { development: boolean }): SecurityHeaders {
  const nonce = isApiPath(target) ? null : makeNonce();
  const policy = nonce === null ? API_POLICY : pagePolicy(nonce, options.development);
  return {
    response: {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
    request: { 'content-security-policy': policy, ...(nonce === null ? {} : { [NONCE_HEADER]: nonce }) },
  };
}

const API_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Scripts run only with this request's nonce, and what they load ('strict-dynamic': Next's chunks).
 * Styles may be inline: React style attributes and Next's own inline styles; the issue forbids only
 * inline scripts. `next dev` evaluates its modules, so development alone allows eval.
 */
export function pagePolicy(nonce: string, development: boolean): string {
  const script = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])];
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `/api` or below, from origin-form (`/api/v1?x`) or absolute-form (`http://host/api/v1`) targets. */
function isApiPath(target: string): boolean {
  const path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '').split(/[?#]/, 1)[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}
