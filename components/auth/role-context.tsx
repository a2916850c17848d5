'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { can, type Permission, type Role } from '@/lib/auth/roles';

const RoleContext = createContext<Role | null>(null);

/** The signed-in person's role in the current workspace, for client components deep in a page. */
export function RoleProvider({ role, children }: { role: Role | null; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

/**
 * Whether to show a control: the UI hides what the role cannot do, but the server is what refuses
 * (lib/server/context.ts), so a control shown by mistake still changes nothing.
 */
export function useCan(permission: Permission): boolean {
  const role = useContext(RoleContext);
  return role !== null && can(role, permission);
}
