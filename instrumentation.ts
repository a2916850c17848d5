/** How long after start the background warm-up begins. */
const WARM_UP_DELAY_MS = 1000;

/**
 * Runs once when the server starts: migrate and seed before the first request, not during it; then,
 * in the background, let the LLM engine prepare for the agents' tools.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    // First: hostile and cross-site requests are refused before Next reads them (lib/api/guard-http-server.ts).
    const { guardHttpServer } = await import('@/lib/api/guard-http-server');
    guardHttpServer(await import('node:http'));
    const { getDb } = await import('@/lib/server/context');
    await getDb();
    const { warmUpWorkspace } = await import('@/lib/server/warm-up-workspace');
    // Once the server is listening (register() finishes first): its first requests do not queue behind it.
    setTimeout(() => void warmUpWorkspace().catch((error: unknown) => console.warn('[warm-up] skipped:', error)), WARM_UP_DELAY_MS);
  }
}
