'use server';

import { redirect } from 'next/navigation';
import { setUpFirstOwner } from '@/lib/auth/accounts';
import { SetupSchema } from '@/lib/auth/schema';
import { createAuthSession } from '@/lib/auth/sessions';
import { getDb } from '@/lib/server/context';
import { setSessionCookie, setWorkspaceCookie } from '@/lib/server/session-cookie';
import { runFormAction, type FormState } from '@/lib/validation/form-state';

/** First run: the owner and their workspace, then straight in, signed in. Refused once anyone has an account. */
export async function setUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(SetupSchema, formData, async (input) => {
    const db = await getDb();
    const { user, workspaceIds } = await setUpFirstOwner(db, input);
    return { session: await createAuthSession(db, user.id), workspaceId: workspaceIds[0]! };
  });
  if (!outcome.ok) return outcome.state;
  await setSessionCookie(outcome.result.session.token);
  await setWorkspaceCookie(outcome.result.workspaceId);
  redirect('/');
}
