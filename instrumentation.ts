/**
 * Runs once when the server starts: migrate and seed before the first request, not during it; then,
 * in the background, let the LLM engine prepare for the agents' tools.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('@/lib/server/context');
    await getDb();
    const { warmUpWorkspace } = await import('@/lib/server/warm-up-workspace');
    void warmUpWorkspace().catch((error: unknown) => console.warn('[warm-up] skipped:', error));
  }
}
