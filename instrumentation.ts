/** Runs once when the server starts: migrate and seed before the first request, not during it. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { getDb } = await import('@/lib/server/context');
    await getDb();
  }
}
