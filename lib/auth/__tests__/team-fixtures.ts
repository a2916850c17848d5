import type { Principal } from '@/lib/auth/principal';
import type { Role } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/sessions';
import type { ServiceContext } from '@/lib/domain/context';
import type { TestContext } from '@/lib/testing/test-context';
import { createUser, setUpFirstOwner } from '../accounts';
import { acceptInvitation, createInvitation } from '../invitations';
import type { AssignableRole } from '../members';

export const OWNER = { name: 'Ana', email: 'ana@example.com', password: 'a long enough password' };

/** A context acting as `user` with `role` in the test's workspace, as getServiceContext builds it. */
export function actingAs(t: TestContext, user: SessionUser, role: Role): ServiceContext {
  const principal: Principal = { kind: 'user', userId: user.id, email: user.email, name: user.name, role };
  return { db: t.db, workspaceId: t.workspaceId, actor: user.email, principal };
}

/** The setup's owner of the test's workspace, and a context acting as them. */
export async function setUpOwner(t: TestContext) {
  const { user } = await setUpFirstOwner(t.db, OWNER);
  return { owner: user, asOwner: actingAs(t, user, 'owner') };
}

/** Someone who joined `asAdmin`'s workspace with `role`, the way people do: an account and a link. */
export async function addMember(asAdmin: ServiceContext, name: string, role: AssignableRole): Promise<SessionUser> {
  const user = await createUser(asAdmin.db, { name, email: `${name.toLowerCase()}@example.com`, password: 'a long enough password' });
  const { token } = await createInvitation(asAdmin, { role });
  await acceptInvitation(asAdmin.db, token, user.id);
  return user;
}
