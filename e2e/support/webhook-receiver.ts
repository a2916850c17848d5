import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST the receiver heard. */
export interface ReceivedCall {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** The X-Switchboard-Signature header, as a receiver verifies it. */
  signature: string | undefined;
  /** The body byte for byte, as the signature was computed over it. */
  raw: string;
  /** The body read as JSON ({} when empty). */
  readonly body: Record<string, unknown>;
}

/** How the receiver answers a path: a status (200 unless given) and a JSON body. */
export type ReceiverAnswer = (path: string) => { status?: number; body: unknown };

export interface WebhookReceiver {
  /** http://127.0.0.1:port, with no path: a function's URL adds the path it is answered by. */
  url: string;
  received: ReceivedCall[];
  close: () => Promise<void>;
}

/**
 * Starts a webhook receiver on 127.0.0.1 (the app under test sets WEBHOOK_ALLOW_PRIVATE=1 to reach it) that
 * records every POST and answers each path as `answer` says: shared by the Custom Function and webhook specs.
 */
export async function startReceiver(answer: ReceiverAnswer = () => ({ body: { ok: true } })): Promise<WebhookReceiver> {
  const received: ReceivedCall[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      const signature = request.headers['x-switchboard-signature'];
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({
        path,
        headers: request.headers,
        signature: Array.isArray(signature) ? signature[0] : signature,
        raw,
        get body() {
          return JSON.parse(raw || '{}') as Record<string, unknown>;
        },
      });
      const { status = 200, body } = answer(path);
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
