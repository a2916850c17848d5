import { describe, expect, it } from 'vitest';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { NONCE_HEADER, newNonce, securityHeaders } from '../security-headers';

const PRODUCTION = { development: false };

/** The policy as a map of directive → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => {
    const [name = '', ...sources] = part.trim().split(/\s+/);
    return [name, sources];
  }));
}

describe('securityHeaders', () => {
  it('gives a page a nonce-only script policy that Next finds the nonce in, and no inline scripts', () => {
    const nonce = newNonce();
    const { response, request } = securityHeaders('/agents?page=2', () => nonce, PRODUCTION);
    const policy = directives(response['Content-Security-Policy'] ?? '');
    expect(policy.get('script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // The very parser Next's app renderer runs on the incoming request's header.
    expect(getScriptNonceFromHeader(request['content-security-policy'] ?? '')).toBe(nonce);
    expect(request[NONCE_HEADER]).toBe(nonce);
  });

  it('sends nosniff and the referrer policy with every policy', () => {
    for (const target of ['/', '/api/v1/agents', '/_next/static/chunks/x.js', 'http://127.0.0.1:3000/review']) {
      const { response } = securityHeaders(target, newNonce, PRODUCTION);
      expect(response, target).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Content-Security-Policy': expect.stringContaining("frame-ancestors 'none'"),
      });
    }
  });

  it('lets an API answer load nothing, whatever form its target takes, and makes it no nonce', () => {
    for (const target of ['/api', '/api/v1/agents', '/api/v1/agents?x=1', 'http://127.0.0.1:3000/api/v1/agents']) {
      const noNonce = () => {
        throw new Error(`${target} needs no nonce`);
      };
      const { response, request } = securityHeaders(target, noNonce, PRODUCTION);
      expect(response['Content-Security-Policy'], target).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(request[NONCE_HEADER], target).toBeUndefined();
    }
    expect(securityHeaders('/apis', () => 'abc', PRODUCTION).response['Content-Security-Policy']).toContain('script-src');
  });

  it('allows eval only in development, where next dev needs it', () => {
    const dev = directives(securityHeaders('/', () => 'abc', { development: true }).response['Content-Security-Policy'] ?? '');
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('makes a different, 16-byte nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
