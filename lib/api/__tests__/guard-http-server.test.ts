import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { CLIENT_ADDRESS_HEADER } from '../client-address';
import { DISCARD_LIMIT, guardHttpServer } from '../guard-http-server';

// Stands in for Next: it builds a fetch Request, as Next does, so TRACE becomes a 500 unless refused first.
let served = 0;
// The request headers as the server (Next) saw them, to check what the hook put there.
let seen: http.IncomingHttpHeaders = {};
const server = http.createServer((request, response) => {
  served += 1;
  seen = request.headers;
  try {
    new Request('http://localhost/', { method: request.method });
    response.writeHead(200).end('served');
  } catch {
    response.writeHead(500).end('Internal Server Error');
  }
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function send(method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path, headers: { host: `127.0.0.1:${port}`, ...headers } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('guardHttpServer', () => {
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => server.close());

  it('answers TRACE with 405, Allow and the JSON error shape, where Next would answer 500', async () => {
    expect((await send('TRACE', '/api/v1/agents')).status).toBe(500);
    guardHttpServer(http);
    guardHttpServer(http);
    const trace = await send('TRACE', '/api/v1/agents');
    expect(trace.status).toBe(405);
    expect(trace.headers.allow).toBe('GET, POST, HEAD, OPTIONS');
    expect(trace.headers['x-content-type-options']).toBe('nosniff');
    expect(trace.headers['content-type']).toBe('application/json');
    expect(JSON.parse(trace.body)).toEqual({ error: { message: expect.stringContaining('TRACE'), code: 'method_not_allowed' } });
    expect((await send('TRACE', '/review')).headers.allow).toBe('GET, HEAD, OPTIONS, POST');
  });

  it('refuses cross-site writes, non-JSON API writes and malformed paths before the server sees them', async () => {
    const before = served;
    const { port } = server.address() as AddressInfo;
    const cases: [string, string, Record<string, string>, number][] = [
      ['POST', '/api/v1/workspace/import', { origin: 'http://127.0.0.1:1', 'content-type': 'application/json' }, 403],
      ['POST', '/agents/new', { origin: `http://127.0.0.1:${port + 1}`, 'next-action': 'abc' }, 403],
      ['POST', '/api/v1/agents', { 'content-type': 'text/plain' }, 415],
      ['GET', '/api/v1/agents/%ZZ', {}, 400],
      ['GET', '/api/v1/nothing', {}, 404],
    ];
    for (const [method, path, headers, status] of cases) {
      const answer = await send(method, path, headers, method === 'POST' ? '{"name":"Evil Corp"}' : undefined);
      expect(answer.status, `${method} ${path}`).toBe(status);
      expect(JSON.parse(answer.body).error.message).toEqual(expect.any(String));
    }
    expect(served).toBe(before);
  });

  it('answers a refused method that carries a large body without cutting the client off mid-write', async () => {
    const body = 'x'.repeat(3 * 1024 * 1024);
    for (let round = 0; round < 3; round += 1) {
      const answer = await send('ACL', '/api/v1/agents', { 'content-type': 'application/json', 'content-length': String(body.length) }, body);
      expect(answer.status).toBe(405);
      expect(answer.headers.connection).not.toBe('close');
    }
    const huge = await send('ACL', '/api/v1/agents', { 'content-length': String(DISCARD_LIMIT + 1) }, '');
    expect(huge.headers.connection).toBe('close');
  });

  it('passes the app’s own requests through', async () => {
    const { port } = server.address() as AddressInfo;
    for (const [method, path, headers] of [
      ['GET', '/api/v1/agents', {}],
      ['POST', '/api/v1/agents', { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` }],
      ['POST', '/agents/new', { origin: `http://127.0.0.1:${port}`, 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' }],
      ['DELETE', '/api/v1/agents/agt_1', {}],
      ['OPTIONS', '/api/v1/agents', {}],
    ] as const) {
      const answer = await send(method, path, headers);
      expect(answer.body, `${method} ${path}`).toBe('served');
      expect(answer.headers['x-content-type-options'], 'on answers the app sends too').toBe('nosniff');
    }
  });

  it('tells Next the client address from the socket, whatever X-Forwarded-For or the header itself claim; behind a trusted proxy, its first forwarded address', async () => {
    const forged = { 'x-forwarded-for': '198.51.100.1', [CLIENT_ADDRESS_HEADER]: '198.51.100.2' };
    await send('GET', '/agents', forged);
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1');
    process.env.TRUST_PROXY = '1';
    try {
      await send('GET', '/agents', { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' });
      expect(seen[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.7');
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it('puts the security headers on a page, an API answer and a refusal, with a fresh nonce Next can read', async () => {
    const page = await send('GET', '/agents', { 'content-security-policy': "script-src 'nonce-forged'", 'x-nonce': 'forged' });
    expect(page.body).toBe('served');
    const nonce = getScriptNonceFromHeader(String(page.headers['content-security-policy']));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(getScriptNonceFromHeader(String(seen['content-security-policy'])), 'the request Next reads').toBe(nonce);
    expect(seen['x-nonce'], 'for the layout’s inline script').toBe(nonce);
    const again = await send('GET', '/agents');
    expect(getScriptNonceFromHeader(String(again.headers['content-security-policy']))).not.toBe(nonce);

    const api = await send('GET', '/api/v1/agents');
    const refusal = await send('GET', '/api/v1/nothing');
    expect(refusal.status).toBe(404);
    for (const [label, answer] of [['page', page], ['API', api], ['refusal', refusal]] as const) {
      expect(answer.headers['content-security-policy'], label).toContain("frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options'], label).toBe('nosniff');
      expect(answer.headers['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
    }
    expect(page.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(api.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");
  });
});
