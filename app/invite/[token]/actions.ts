'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { createUser, signIn } from '@/lib/auth/accounts';
import { acceptInvitation, usableInvitation } from '@/lib/auth/invitations';
import { InvitationSignUpSchema, SignInSchema } from '@/lib/auth/schema';
import { createAuthSession, deleteAuthSession } from '@/lib/auth/sessions';
import { getDb, getViewer } from '@/lib/server/context';
import { clientAddress, setSessionCookie, setWorkspaceCookie } from '@/lib/server/session-cookie';
import { errorToFormState, runFormAction, type FormState } from '@/lib/validation/form-state';

/** Into the joined workspace: it becomes the browser's current one. */
async function enter(workspaceId: string): Promise<never> {
  await setWorkspaceCookie(workspaceId);
  revalidatePath('/', 'layout');
  redirect('/');
}

/** The signed-in person accepts: the link is the permission, their session says who joins. */
export async function joinWorkspaceAction(token: string): Promise<FormState> {
  let workspaceId: string;
  try {
    const viewer = await getViewer();
    if (!viewer) return { status: 'error', message: 'Your session has ended. Reload the page and sign in to join.' };
    workspaceId = (await acceptInvitation(await getDb(), String(token), viewer.user.id)).workspaceId;
  } catch (error) {
    return errorToFormState(error);
  }
  return enter(workspaceId);
}

/** Someone new: the link is checked first, so a dead link never leaves an account that belongs nowhere. */
export async function signUpAndJoinAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(InvitationSignUpSchema, formData, async (input) => {
    const db = await getDb();
    await usableInvitation(db, String(token));
    const user = await createUser(db, input);
    const { workspaceId } = await acceptInvitation(db, String(token), user.id);
    return { workspaceId, session: await createAuthSession(db, user.id) };
  });
  if (!outcome.ok) return outcome.state;
  await setSessionCookie(outcome.result.session.token);
  return enter(outcome.result.workspaceId);
}

/** Someone with an account: signs in (rate-limited like the sign-in page) and joins. */
export async function signInAndJoinAction(token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(SignInSchema, formData, async (input) => {
    const db = await getDb();
    await usableInvitation(db, String(token));
    const session = await signIn(db, input, await clientAddress());
    try {
      const { workspaceId } = await acceptInvitation(db, String(token), session.user.id);
      return { workspaceId, session };
    } catch (error) {
      // Not joined, so not signed in either: the person stays on the page that says why.
      await deleteAuthSession(db, session.token);
      throw error;
    }
  });
  if (!outcome.ok) return outcome.state;
  await setSessionCookie(outcome.result.session.token);
  return enter(outcome.result.workspaceId);
}
