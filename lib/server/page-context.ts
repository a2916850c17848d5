import { redirect } from 'next/navigation';
import { hasUsers } from '@/lib/auth/accounts';
import type { Permission } from '@/lib/auth/roles';
import type { ServiceContext } from '@/lib/domain/context';
import { ForbiddenError, UnauthenticatedError } from '@/lib/domain/errors';
import { contextCan, getDb, getServiceContext } from './context';

/**
 * getServiceContext for pages: nobody signed in goes to sign-in (or to setup on a new install), and
 * someone without a workspace to the page that makes one. A role refusal renders the error page.
 */
export async function getPageContext(permission: Permission = 'read'): Promise<ServiceContext> {
  try {
    return await getServiceContext(permission);
  } catch (error) {
    if (error instanceof UnauthenticatedError) redirect((await hasUsers(await getDb())) ? '/sign-in' : '/setup');
    if (error instanceof ForbiddenError && permission === 'read') redirect('/workspaces/new');
    throw error;
  }
}

/**
 * For the settings pages only owners and admins use: sign-in and workspace first, as every page, then
 * null for someone who may read but not administer, so the page can say so rather than show an error.
 */
export async function getAdminPageContext(): Promise<ServiceContext | null> {
  const ctx = await getPageContext('read');
  return contextCan(ctx, 'administer') ? ctx : null;
}
