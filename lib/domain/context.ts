import type { Db } from '@/db/client';
import type { WorkspaceLimits } from './workspace-limits';

/** Who is acting, in which workspace, on which database: every service takes one. */
export interface ServiceContext {
  db: Db;
  workspaceId: string;
  actor: string;
  /** How much the workspace may hold, when not WORKSPACE_LIMITS (tests lower them). */
  limits?: WorkspaceLimits;
}
