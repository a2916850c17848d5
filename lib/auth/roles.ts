/**
 * Roles per workspace and what each may do. Every page, action and route asks `can(role, permission)`
 * through lib/server/context.ts; nothing else compares role names.
 */
export const ROLES = ['owner', 'admin', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** An API key acts with one of these; ownership belongs to people. */
export const API_KEY_ROLES = ['admin', 'editor', 'viewer'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** Roles an admin may give by invitation or change to: owners are made by the setup only. */
export const ASSIGNABLE_ROLES = ['admin', 'editor', 'viewer'] as const;

export const ROLE_LABELS: Record<Role, string> = { owner: 'Owner', admin: 'Admin', editor: 'Editor', viewer: 'Viewer' };

export const PERMISSIONS = {
  /** Functions, review, map, history, transcripts, routing tests and their runs. */
  read: ['owner', 'admin', 'editor', 'viewer'],
  /** Test Chat: a viewer may talk to the agents, which writes only the test conversation itself. */
  chat: ['owner', 'admin', 'editor', 'viewer'],
  /** Agents, functions, examples, routing tests and runs, restore, import. */
  edit: ['owner', 'admin', 'editor'],
  /** Members, invitations and API keys. */
  administer: ['owner', 'admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
