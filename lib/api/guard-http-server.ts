import type * as http from 'node:http';
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from './client-address';
import { guardRequest } from './request-guard';
import { newNonce, securityHeaders } from './security-headers';

const INSTALLED = Symbol.for('switchboard.guard-http-server');

/**
 * Runs the request guard (lib/api/request-guard.ts) on every request of every HTTP server in this
 * process, before Next sees it, and sends refusals itself. Not in proxy.ts: with a proxy, Next copies
 * each request body through it, waits for the whole body even to refuse, and turns a client hanging up
 * on a pending POST into an uncaught exception (vercel/next.js#49587) that the encoder's runtime
 * rethrows; and TRACE never reaches a proxy (a fetch Request cannot hold it), so Next answered 500.
 */
export function guardHttpServer(httpModule: typeof http): void {
  const proto = httpModule.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const request = args[0] as http.IncomingMessage;
      const response = args[1] as http.ServerResponse;
      // On every answer, Next's own redirects and 404s included, which next.config headers do not reach.
      setSecurityHeaders(request, response);
      // Who the client is, decided here where the socket is known; whatever the client sent under this name is replaced.
      request.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(request, process.env.TRUST_PROXY === '1');
      if (refused(request, response)) return true;
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}

/**
 * CSP, nosniff and Referrer-Policy on the response; the same CSP (and its nonce) on the request, where
 * Next reads the nonce for its scripts, as the documented proxy.ts way would put it, without a proxy.
 */
function setSecurityHeaders(request: http.IncomingMessage, response: http.ServerResponse): void {
  const headers = securityHeaders(request.url ?? '/', newNonce, { development: process.env.NODE_ENV === 'development' });
  for (const [name, value] of Object.entries(headers.response)) response.setHeader(name, value);
  Object.assign(request.headers, headers.request);
}

/** Sends the guard's refusal, if any; true when the request is answered. */
export function refused(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const refusal = guardRequest({
    method: request.method ?? 'GET',
    url: request.url ?? '/',
    headers: { get: (name) => headerOf(request, name) },
  });
  if (!refusal) return false;
  const headers: Record<string, string> = { ...refusal.headers };
  if (Number(request.headers['content-length'] ?? 0) > DISCARD_LIMIT) headers.Connection = 'close';
  else discardBody(request);
  response.writeHead(refusal.status, headers);
  response.end(request.method === 'HEAD' ? undefined : JSON.stringify(refusal.body));
  return true;
}

/** A refused body up to this size is read and thrown away, so a client still sending it gets the answer. */
export const DISCARD_LIMIT = 8 * 1024 * 1024;

/**
 * Reads a refused request's body to nothing. Closing the socket under a client that is still writing
 * would cut it off with EPIPE before it reads the refusal; past the limit (a chunked body has no length
 * up front) the connection is dropped, so a refusal never costs more than that to read.
 */
function discardBody(request: http.IncomingMessage): void {
  let seen = 0;
  request.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_LIMIT) request.socket.destroy();
  });
  request.resume();
}

function headerOf(request: http.IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
