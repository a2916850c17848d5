import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { AddressRefusedError, resolveWebhookHost, type ResolvedHost } from './address-guard';

/** The most of a response body read; a larger one is an error, not a truncated answer. */
export const WEBHOOK_MAX_RESPONSE_BYTES = 64 * 1024;
export const SIGNATURE_HEADER = 'X-Switchboard-Signature';

export interface WebhookRequest {
  url: string;
  headers: ReadonlyArray<{ name: string; value: string }>;
  body: Record<string, unknown>;
  timeoutMs: number;
  /** The workspace's signing secret: the body's HMAC-SHA256 goes in X-Switchboard-Signature. */
  secret: string;
}

export type WebhookOutcome =
  | { ok: true; status: number; durationMs: number; result: unknown }
  | { ok: false; status: number | null; durationMs: number; error: string };

/** `sha256=<hex>`: what a receiver recomputes over the raw body with the workspace's secret. */
export function signBody(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * POSTs one JSON body to a webhook and reads its JSON answer. Never throws: a refused address, a
 * refused connection, a timeout, a redirect (never followed), a non-2xx status, a body over 64 KB or
 * one that is not JSON all come back as `{ ok: false, error }` in words an admin can act on.
 */
export async function sendWebhook(request: WebhookRequest): Promise<WebhookOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, status: null, durationMs: 0, error: 'The webhook URL is not a valid URL.' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, status: null, durationMs: 0, error: 'The webhook URL must start with http:// or https://.' };
  }
  const signal = AbortSignal.timeout(request.timeoutMs);
  try {
    const host = await resolveWebhookHost(url.hostname);
    signal.throwIfAborted();
    const answer = await post(url, host, request, signal);
    return interpret(answer, elapsed());
  } catch (error) {
    const status = error instanceof ResponseTooLargeError ? error.status : null;
    return { ok: false, status, durationMs: elapsed(), error: describeFailure(error, signal, request.timeoutMs) };
  }
}

interface RawAnswer {
  status: number;
  location: string | undefined;
  body: string;
}

function post(url: URL, host: ResolvedHost, request: WebhookRequest, signal: AbortSignal): Promise<RawAnswer> {
  const raw = JSON.stringify(request.body);
  const headers: Record<string, string> = {};
  for (const header of request.headers) headers[header.name] = header.value;
  Object.assign(headers, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(raw)),
    'user-agent': 'Switchboard-Webhook/1',
    [SIGNATURE_HEADER]: signBody(raw, request.secret),
  });
  // Connect to the address already checked; the URL's host still names the site (Host header, TLS SNI).
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: host.address, family: host.family }]);
    else callback(null, host.address, host.family);
  };
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(url, { method: 'POST', headers, lookup: pinned, signal, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > WEBHOOK_MAX_RESPONSE_BYTES) {
          res.destroy();
          reject(new ResponseTooLargeError(res.statusCode ?? 0));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(raw);
  });
}

class ResponseTooLargeError extends Error {
  constructor(readonly status: number) {
    super(`The response was larger than ${WEBHOOK_MAX_RESPONSE_BYTES / 1024} KB.`);
  }
}

function interpret(answer: RawAnswer, durationMs: number): WebhookOutcome {
  const { status, body } = answer;
  if (status >= 300 && status < 400) {
    const where = answer.location ? ` to ${answer.location}` : '';
    return { ok: false, status, durationMs, error: `The webhook redirected (${status})${where}; redirects are not followed.` };
  }
  if (status < 200 || status >= 300) {
    const snippet = body.trim().slice(0, 200);
    return { ok: false, status, durationMs, error: `The webhook answered ${status}${snippet ? `: ${snippet}` : ''}.` };
  }
  if (body.trim() === '') return { ok: true, status, durationMs, result: null };
  try {
    return { ok: true, status, durationMs, result: JSON.parse(body) as unknown };
  } catch {
    return { ok: false, status, durationMs, error: 'The webhook answered, but its body is not valid JSON.' };
  }
}

function describeFailure(error: unknown, signal: AbortSignal, timeoutMs: number): string {
  if (signal.aborted) return `The webhook did not answer within ${timeoutMs} ms.`;
  if (error instanceof AddressRefusedError || error instanceof ResponseTooLargeError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED') return 'The webhook refused the connection (nothing listens there).';
  if (code === 'ECONNRESET') return 'The webhook closed the connection before answering.';
  const message = error instanceof Error ? error.message : String(error);
  return `The webhook could not be reached: ${code ? `${code} ` : ''}${message}`.trim();
}
