'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { createInvitation, revokeInvitation } from '@/lib/auth/invitations';
import { changeMemberRole, removeMember } from '@/lib/auth/members';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { InvitationCreateSchema, MemberRoleSchema } from '@/lib/auth/schema';
import { getServiceContext } from '@/lib/server/context';
import { errorToFormState, runFormAction, type FormState } from '@/lib/validation/form-state';

const PAGE = '/settings/members';

/** A create's answer: on success the link, for the form to show this once (only the token's hash is kept). */
export type InvitationFormState = FormState & { created?: { link: string; role: string; expiresAt: string } };

/** Where the admin's browser reached us (its Origin on a form post), so the link opens the same site. */
async function siteOrigin(): Promise<string> {
  const all = await headers();
  const origin = all.get('origin');
  if (origin && origin !== 'null') return origin;
  const proto = all.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  return `${proto}://${all.get('x-forwarded-host') ?? all.get('host') ?? 'localhost'}`;
}

export async function createInvitationAction(_previous: InvitationFormState, formData: FormData): Promise<InvitationFormState> {
  const outcome = await runFormAction(InvitationCreateSchema, formData, async (input) =>
    createInvitation(await getServiceContext('administer'), input),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(PAGE);
  const { invitation, token } = outcome.result;
  const link = new URL(`/invite/${token}`, await siteOrigin()).toString();
  return {
    status: 'success',
    message: `Invitation link for a new ${ROLE_LABELS[invitation.role].toLowerCase()} created.`,
    created: { link, role: invitation.role, expiresAt: invitation.expiresAt.toISOString() },
  };
}

export async function changeMemberRoleAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(MemberRoleSchema, formData, async (input) =>
    changeMemberRole(await getServiceContext('administer'), String(userId), input.role),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath(PAGE);
  const member = outcome.result;
  return { status: 'success', message: `${member.email} is now ${ROLE_LABELS[member.role].toLowerCase()}.` };
}

export async function removeMemberAction(userId: string): Promise<FormState> {
  try {
    const removed = await removeMember(await getServiceContext('administer'), String(userId));
    revalidatePath(PAGE);
    return { status: 'success', message: `${removed.email} was removed and signed out.` };
  } catch (error) {
    return errorToFormState(error);
  }
}

export async function revokeInvitationAction(invitationId: string): Promise<FormState> {
  try {
    await revokeInvitation(await getServiceContext('administer'), String(invitationId));
    revalidatePath(PAGE);
    return { status: 'success', message: 'Invitation link revoked.' };
  } catch (error) {
    return errorToFormState(error);
  }
}
