import type { Db } from '@/db/client';
import type { Principal } from '@/lib/auth/principal';
import type { WorkspaceLimits } from './workspace-limits';

/** Who is acting, in which workspace, on which database: every service takes one. */
export interface ServiceContext {
  db: Db;
  workspaceId: string;
  /** How the audit log names who acted: a person's email, an API key's name, or `system`. */
  actor: string;
  /** The signed-in person or API key behind a request; absent for the system's own work. */
  principal?: Principal;
  /** How much the workspace may hold, where not WORKSPACE_LIMITS (tests lower some of them). */
  limits?: Partial<WorkspaceLimits>;
}
