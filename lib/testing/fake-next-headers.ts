/**
 * next/headers for route handler tests (vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'))):
 * `headers()` and `cookies()` read the request the test is sending through lib/testing/app-routes.ts,
 * as Next's own do inside a request. Only the framework is faked; the app's database stays real.
 */
let current: Request | null = null;

export function setCurrentRequest(request: Request | null): void {
  current = request;
}

function sent(): Request {
  if (!current) throw new Error('next/headers was read outside a request: send it with callRoute().');
  return current;
}

export async function headers(): Promise<Headers> {
  return sent().headers;
}

export async function cookies() {
  const jar = new Map<string, string>();
  for (const pair of (sent().headers.get('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) jar.set(pair.slice(0, at).trim(), decodeURIComponent(pair.slice(at + 1).trim()));
  }
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
  };
}
