import { allowedMethods, matchApiRoute } from './routes';

/** What the guard reads of a request: its method, target and headers, never its body. */
export interface GuardedRequest {
  method: string;
  /** The request target as sent (`/api/v1/agents/%ZZ?x=1`) or an absolute URL. */
  url: string;
  headers: { get(name: string): string | null };
}

/** A refusal in the API's JSON error shape, for the HTTP server to send before Next sees the request. */
export interface Refusal {
  status: number;
  headers: Record<string, string>;
  body: { error: { message: string; code: string } };
}

/** Methods that change state: they must come from the app's own origin. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Methods that carry a body the API reads as JSON. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
/** Pages answer GET and HEAD; POST is how a server action reaches them. */
const PAGE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST'];

export const NOSNIFF = { 'X-Content-Type-Options': 'nosniff' } as const;

/**
 * The checks every request passes before Next routes it, reads its body or runs a server action:
 * a malformed path (400), an unknown API route (404), a method the route does not serve (405), a
 * state-changing request from another site (403), an API write that is not JSON (415). Returns the
 * refusal, or null to let the request through.
 */
export function guardRequest(request: GuardedRequest): Refusal | null {
  const method = request.method.toUpperCase();
  const url = parseTarget(request.url);
  if (!url || !isDecodablePath(url.pathname)) {
    return refusal(400, 'The URL path has a malformed percent-encoding (such as %ZZ or a lone %).', 'bad_path');
  }
  const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
  let allow = PAGE_METHODS;
  if (isApi) {
    const route = matchApiRoute(url.pathname);
    if (!route) return refusal(404, `There is no API route ${url.pathname}.`, 'not_found');
    allow = allowedMethods(route);
  }
  if (!allow.includes(method)) {
    return refusal(405, `${method} is not allowed here. Allowed: ${allow.join(', ')}.`, 'method_not_allowed', { Allow: allow.join(', ') });
  }
  if (STATE_CHANGING.has(method) && isCrossSite(request.headers)) {
    return refusal(403, 'Cross-site requests may not change anything: send it from the app itself.', 'cross_site');
  }
  const contentType = request.headers.get('content-type');
  if (isApi && (WITH_BODY.has(method) || contentType !== null) && !isJsonContentType(contentType)) {
    return refusal(415, 'The request body must be JSON, sent with Content-Type: application/json.', 'unsupported_media_type');
  }
  return null;
}

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(value: string | null): boolean {
  return value?.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/**
 * Another site sent it: an Origin that is not this server's own scheme://host:port as the Host header
 * says (a different port on 127.0.0.1 is another origin), or, without Origin, a browser's
 * Sec-Fetch-Site saying so. No Origin and no Sec-Fetch-Site is a non-browser client (curl): allowed.
 */
export function isCrossSite(headers: GuardedRequest['headers']): boolean {
  const origin = headers.get('origin');
  if (origin !== null) return !isOwnOrigin(origin, headers);
  const site = headers.get('sec-fetch-site')?.toLowerCase();
  return site === 'cross-site' || site === 'same-site';
}

function isOwnOrigin(origin: string, headers: GuardedRequest['headers']): boolean {
  const host = headers.get('host');
  if (!host) return false;
  // The scheme a TLS-terminating proxy saw; a browser cannot set this header on a cross-site request.
  const scheme = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() || 'http';
  try {
    return new URL(origin).origin === new URL(`${scheme}://${host}`).origin;
  } catch {
    return false;
  }
}

/** Origin-form (`/path?query`, even `//path`) as a path on this server; absolute-form as it says. */
function parseTarget(target: string): URL | null {
  try {
    return new URL(target.startsWith('/') ? `http://localhost${target}` : target);
  } catch {
    return null;
  }
}

/** The path decodes as Next's router will decode it: no `%ZZ`, lone `%`, or bytes that are not UTF-8. */
function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function refusal(status: number, message: string, code: string, headers: Record<string, string> = {}): Refusal {
  return { status, headers: { 'Content-Type': 'application/json', ...NOSNIFF, ...headers }, body: { error: { message, code } } };
}
