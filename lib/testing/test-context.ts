import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@/db/client';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import type { ServiceContext } from '@/lib/domain/context';

/**
 * A service context on a fresh SQLite file in a temp folder, migrated by the real migrations,
 * exactly as the server opens its own. Call `close()` in afterEach.
 */
export function createTestContext(actor = 'tester'): ServiceContext & { sqlite: ReturnType<typeof openDatabase>['sqlite']; close: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-test-'));
  const { db, sqlite, close } = openDatabase(path.join(dir, 'test.db'));
  return {
    db,
    sqlite,
    workspaceId: DEFAULT_WORKSPACE_ID,
    actor,
    close: () => {
      close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
