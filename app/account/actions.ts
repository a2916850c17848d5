'use server';

import { revalidatePath } from 'next/cache';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { changePassword } from '@/lib/auth/accounts';
import { ChangePasswordSchema, WorkspaceCreateSchema } from '@/lib/auth/schema';
import { createAuthSession, deleteAuthSession, SESSION_COOKIE } from '@/lib/auth/sessions';
import { createWorkspace } from '@/lib/auth/workspaces';
import { UnauthenticatedError } from '@/lib/domain/errors';
import { getDb, getViewer, type Viewer } from '@/lib/server/context';
import { clearSessionCookie, setSessionCookie, setWorkspaceCookie } from '@/lib/server/session-cookie';
import { runFormAction, type FormState } from '@/lib/validation/form-state';

async function signedIn() {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

/** Ends every session of the account (a stolen cookie stops working) and starts a fresh one here. */
export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(ChangePasswordSchema, formData, async (input) => {
    const { user } = await signedIn();
    const db = await getDb();
    await changePassword(db, user.id, input);
    return createAuthSession(db, user.id);
  });
  if (!outcome.ok) return outcome.state;
  await setSessionCookie(outcome.result.token);
  return { status: 'success', message: 'Password changed. Other browsers signed in as you were signed out.' };
}

export async function signOutAction(): Promise<void> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (token) await deleteAuthSession(await getDb(), token);
  await clearSessionCookie();
  redirect('/sign-in');
}

/** Any signed-in person may start a workspace of their own; they own it. */
export async function createWorkspaceAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(WorkspaceCreateSchema, formData, async (input) =>
    createWorkspace(await getDb(), (await signedIn()).user.id, input.name),
  );
  if (!outcome.ok) return outcome.state;
  await setWorkspaceCookie(outcome.result.id);
  revalidatePath('/', 'layout');
  redirect('/agents');
}

/** The shell's workspace switcher: only to a workspace the person belongs to. */
export async function switchWorkspaceAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  await chooseMemberWorkspace(viewer, formData.get('workspaceId'));
  revalidatePath('/', 'layout');
  redirect('/');
}

/**
 * Makes a workspace the chosen one again without leaving the page: another tab had switched away from
 * the one this page was rendered for (components/shell/workspace-tab-guard.tsx). Only one the person
 * belongs to; answers whether it was.
 */
export async function returnToWorkspaceAction(workspaceId: string): Promise<boolean> {
  const viewer = await getViewer();
  return viewer ? chooseMemberWorkspace(viewer, workspaceId) : false;
}

/** Makes `workspaceId` the chosen workspace if the person belongs to it; answers whether they do. */
async function chooseMemberWorkspace(viewer: Viewer, workspaceId: unknown): Promise<boolean> {
  const target = viewer.workspaces.find((workspace) => workspace.id === workspaceId);
  if (!target) return false;
  await setWorkspaceCookie(target.id);
  return true;
}
