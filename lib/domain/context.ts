import type { Db } from '@/db/client';

/** Who is acting, in which workspace, on which database: every service takes one. */
export interface ServiceContext {
  db: Db;
  workspaceId: string;
  actor: string;
}
