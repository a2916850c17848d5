'use server';

import { redirect } from 'next/navigation';
import { signIn } from '@/lib/auth/accounts';
import { SignInSchema } from '@/lib/auth/schema';
import { getDb } from '@/lib/server/context';
import { clientAddress, setSessionCookie } from '@/lib/server/session-cookie';
import { runFormAction, type FormState } from '@/lib/validation/form-state';

/** Only a path of this app: `next` never sends anyone to another site after signing in. */
function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])/.test(next) ? next : '/';
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(SignInSchema, formData, async (input) => ({
    session: await signIn(await getDb(), input, await clientAddress()),
    next: safeNext(input.next),
  }));
  if (!outcome.ok) return outcome.state;
  await setSessionCookie(outcome.result.session.token);
  redirect(outcome.result.next);
}
