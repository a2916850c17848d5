import http from 'node:http';

/** One answer from the server under load. */
export interface Reply {
  status: number;
  body: string;
}

export type Send = (method: string, path: string, body?: unknown) => Promise<Reply>;

/** What one closed-loop run measured inside its window. */
export interface LoadResult {
  /** Requests completed inside the measured window. */
  requests: number;
  seconds: number;
  /** Latency of each of those requests in ms, sorted. */
  latencies: number[];
  /** Non-2xx answers by status; 0 is a request that got no answer at all. */
  failures: Map<number, number>;
  /** The first non-2xx answer, and the first 5xx or unanswered request, to show what went wrong. */
  firstFailure?: string;
  firstServerError?: string;
}

/**
 * A JSON client over keep-alive connections to one 127.0.0.1 server: plain node:http, so the load
 * generator spends as little CPU as it can on a machine it shares with the server. `reconnect` drops
 * the open connections, so none sits idle past the server's keep-alive timeout and is reset mid-request.
 */
export function httpClient(baseUrl: string, maxSockets: number, extraHeaders: Record<string, string> = {}): { send: Send; reconnect: () => void; close: () => void } {
  const url = new URL(baseUrl);
  let agent = new http.Agent({ keepAlive: true, maxSockets });
  const send: Send = (method, path, body) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers = payload === undefined ? extraHeaders : { ...extraHeaders, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) };
      const request = http.request({ host: url.hostname, port: url.port, method, path, agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      });
      request.on('error', reject);
      request.end(payload);
    });
  const close = () => agent.destroy();
  const reconnect = () => {
    close();
    agent = new http.Agent({ keepAlive: true, maxSockets });
  };
  return { send, reconnect, close };
}

/**
 * Closed-loop load: `concurrency` workers each send their next request as soon as the last one is
 * answered, for `warmupMs` unrecorded and then `durationMs` recorded. A request counts when it is
 * answered inside the recorded window.
 */
export async function runLoad(options: {
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  step: (worker: number) => Promise<Reply>;
}): Promise<LoadResult> {
  const { concurrency, warmupMs, durationMs, step } = options;
  const measureFrom = performance.now() + warmupMs;
  const end = measureFrom + durationMs;
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  let firstFailure: string | undefined;
  let firstServerError: string | undefined;

  const worker = async (index: number) => {
    while (performance.now() < end) {
      const sent = performance.now();
      let reply: Reply;
      try {
        reply = await step(index);
      } catch (error) {
        reply = { status: 0, body: error instanceof Error ? error.message : String(error) };
      }
      const answered = performance.now();
      if (answered < measureFrom || answered > end) continue;
      latencies.push(answered - sent);
      if (reply.status >= 200 && reply.status < 300) continue;
      failures.set(reply.status, (failures.get(reply.status) ?? 0) + 1);
      const said = `${reply.status} ${reply.body.slice(0, 300)}`;
      firstFailure ??= said;
      if (reply.status >= 500 || reply.status === 0) firstServerError ??= said;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => worker(index)));
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds: durationMs / 1000, latencies, failures, firstFailure, firstServerError };
}

/** Several runs of the same route as one: their windows, answers and failures pooled. */
export function mergeLoadResults(results: readonly LoadResult[]): LoadResult {
  const failures = new Map<number, number>();
  for (const result of results) for (const [status, n] of result.failures) failures.set(status, (failures.get(status) ?? 0) + n);
  return {
    requests: results.reduce((sum, result) => sum + result.requests, 0),
    seconds: results.reduce((sum, result) => sum + result.seconds, 0),
    latencies: results.flatMap((result) => result.latencies).sort((a, b) => a - b),
    failures,
    firstFailure: results.find((result) => result.firstFailure)?.firstFailure,
    firstServerError: results.find((result) => result.firstServerError)?.firstServerError,
  };
}
