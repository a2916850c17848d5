import type { IncomingHttpHeaders } from 'node:http';

/**
 * The request header the HTTP server's guard sets to the client's address, for the sign-in limit
 * (lib/auth/rate-limit.ts). The guard always overwrites it, so a client cannot choose its value.
 */
export const CLIENT_ADDRESS_HEADER = 'x-switchboard-client-address';

/**
 * Who is at the other end of a request: the socket's peer or, with `trustProxy` (TRUST_PROXY=1, the app
 * behind a reverse proxy that sets X-Forwarded-For), the first address that header names. Without a proxy
 * the header is the client's own words: read, a guesser could name a new address on every attempt and
 * never meet the per-address limit.
 */
export function clientAddressOf(request: { headers: IncomingHttpHeaders; socket?: { remoteAddress?: string } }, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket?.remoteAddress ?? 'unknown';
}
