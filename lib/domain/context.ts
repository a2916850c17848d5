import type { Db } from '@/db/client';
import type { WorkspaceLimits } from './workspace-limits';

/** Who is acting, in which workspace, on which database: every service takes one. */
export interface ServiceContext {
  db: Db;
  workspaceId: string;
  actor: string;
  /** How much the workspace may hold, where not WORKSPACE_LIMITS (tests lower some of them). */
  limits?: Partial<WorkspaceLimits>;
}
