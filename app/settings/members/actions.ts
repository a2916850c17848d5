'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { createInvitation, revokeInvitation } from '@/lib/auth/invitations';
import { changeMemberRole, removeMember, type LiveCredentials } from '@/lib/auth/members';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { InvitationCreateSchema, MemberRemoveSchema, MemberRoleSchema, type MemberRemoveInput } from '@/lib/auth/schema';
import { getServiceContext } from '@/lib/server/context';
import { fieldErrorsOf } from '@/lib/validation/field-errors';
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
    changeMemberRole(await getServiceContext('administer'), String(userId), input.role, input),
  );
  if (!outcome.ok) return outcome.state;
  const member = outcome.result;
  revalidateAfter(member.revoked);
  return { status: 'success', message: `${member.email} is now ${ROLE_LABELS[member.role].toLowerCase()}.${revokedSummary(member.revoked)}` };
}

/** The members page, and the API keys page when a change revoked keys there. */
function revalidateAfter(revoked: LiveCredentials): void {
  revalidatePath(PAGE);
  if (revoked.apiKeys.length > 0) revalidatePath('/settings/api-keys');
}

/** What a removal or demotion revoked with it, in words: "2 API keys and 1 invitation link". */
function revokedSummary({ apiKeys, invitations }: LiveCredentials): string {
  const parts = [
    apiKeys.length > 0 && `${apiKeys.length} API key${apiKeys.length === 1 ? '' : 's'}`,
    invitations.length > 0 && `${invitations.length} invitation link${invitations.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return ` Their ${parts.join(' and ')} ${apiKeys.length + invitations.length === 1 ? 'was' : 'were'} revoked.`;
}

export async function removeMemberAction(userId: string, input: MemberRemoveInput): Promise<FormState> {
  const parsed = MemberRemoveSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', message: 'Please fix the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const removed = await removeMember(await getServiceContext('administer'), String(userId), parsed.data);
    revalidateAfter(removed.revoked);
    return { status: 'success', message: `${removed.email} was removed and signed out.${revokedSummary(removed.revoked)}` };
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
