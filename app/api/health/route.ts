import { NextResponse } from 'next/server';
import { getDb } from '@/lib/server/context';

/** Ready once the database is open and migrated: what the test harness waits for. */
export async function GET() {
  await getDb();
  return NextResponse.json({ ok: true });
}
