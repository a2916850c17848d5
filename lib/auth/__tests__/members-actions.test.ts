import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { joinWorkspaceAction, signInAndJoinAction, signUpAndJoinAction } from '@/app/invite/[token]/actions';
import { changeMemberRoleAction, createInvitationAction, removeMemberAction, revokeInvitationAction } from '@/app/settings/members/actions';
import type { Db } from '@/db/client';
import { authSessions, users } from '@/db/schema';
import { createUser, setUpFirstOwner } from '@/lib/auth/accounts';
import { authenticateApiKey, createApiKey } from '@/lib/auth/api-keys';
import { acceptInvitation, createInvitation, findInvitation, revokeInvitation } from '@/lib/auth/invitations';
import { ASSIGNABLE_ROLES, type Role } from '@/lib/auth/roles';
import { createAuthSession, SESSION_COOKIE, validateAuthSession } from '@/lib/auth/sessions';
import { roleIn } from '@/lib/auth/workspaces';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { openAppDatabase } from '@/lib/testing/app-routes';
import { setCurrentRequest } from '@/lib/testing/fake-next-headers';
import { IDLE_FORM_STATE } from '@/lib/validation/form-state';

// The framework's request scope, cache, redirects and cookie writes are faked; the database is the app's own.
vi.mock('next/headers', () => import('@/lib/testing/fake-next-headers'));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));
const cookiesSet = vi.hoisted(() => ({ session: [] as string[], workspace: [] as string[] }));
vi.mock('@/lib/server/session-cookie', async (original) => ({
  ...(await original<typeof import('@/lib/server/session-cookie')>()),
  setSessionCookie: async (token: string) => void cookiesSet.session.push(token),
  setWorkspaceCookie: async (id: string) => void cookiesSet.workspace.push(id),
}));

class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}

const PASSWORD = 'a long enough password';
let db: Db;
const people = {} as Record<Role, { id: string; email: string; session: string }>;
const ownerCtx = () => ({ db, workspaceId: DEFAULT_WORKSPACE_ID, actor: 'owner@example.com', principal: { kind: 'user' as const, userId: people.owner.id, email: 'owner@example.com', name: 'owner', role: 'owner' as const } });

beforeAll(async () => {
  db = await openAppDatabase();
  const { user } = await setUpFirstOwner(db, { name: '', email: 'owner@example.com', password: PASSWORD });
  people.owner = { ...user, session: (await createAuthSession(db, user.id)).token };
  for (const role of ASSIGNABLE_ROLES) {
    const member = await createUser(db, { email: `${role}@example.com`, name: role, password: PASSWORD });
    const { token } = await createInvitation(ownerCtx(), { role });
    await acceptInvitation(db, token, member.id);
    people[role] = { ...member, session: (await createAuthSession(db, member.id)).token };
  }
});

beforeEach(() => {
  cookiesSet.session.length = 0;
  cookiesSet.workspace.length = 0;
});

/** Runs an action as the person the session cookie names (null: nobody signed in), as a form post would. */
async function as<T>(who: Role | string | null, action: () => Promise<T>, origin = 'https://switchboard.example'): Promise<T> {
  const session = who === null ? null : who in people ? people[who as Role].session : who;
  const headers: Record<string, string> = { origin, 'x-forwarded-for': '203.0.113.9' };
  if (session) headers.cookie = `${SESSION_COOKIE}=${session}`;
  setCurrentRequest(new Request('http://localhost/settings/members', { method: 'POST', headers }));
  try {
    return await action();
  } finally {
    setCurrentRequest(null);
  }
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

/** The action's redirect target, or the form state it answered instead. */
async function outcome(run: () => Promise<unknown>): Promise<{ redirectedTo: string } | { state: unknown }> {
  try {
    return { state: await run() };
  } catch (error) {
    if (error instanceof Redirected) return { redirectedTo: error.to };
    throw error;
  }
}

const KEEP = { revokeCreated: false };

describe('members actions', () => {
  it('an admin makes a link on the site the browser used; only its hash is stored', async () => {
    const state = await as('admin', () => createInvitationAction(IDLE_FORM_STATE, form({ role: 'viewer' })));
    expect(state).toMatchObject({ status: 'success', created: { role: 'viewer', link: expect.stringMatching(/^https:\/\/switchboard\.example\/invite\/[\w-]{43}$/) } });
    const token = state.created!.link.split('/invite/')[1]!;
    expect(await findInvitation(db, token)).toMatchObject({ role: 'viewer', createdBy: 'admin@example.com', state: 'valid' });
  });

  it.each(['editor', 'viewer'] as const)('an %s may not invite, change roles, remove or revoke', async (role) => {
    expect(await as(role, () => createInvitationAction(IDLE_FORM_STATE, form({ role: 'admin' })))).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(await as(role, () => changeMemberRoleAction(people[role].id, IDLE_FORM_STATE, form({ role: 'admin' })))).toMatchObject({ code: 'forbidden' });
    expect(await as(role, () => removeMemberAction(people.viewer.id, KEEP))).toMatchObject({ code: 'forbidden' });
    const { invitation } = await createInvitation(ownerCtx(), { role: 'viewer' });
    expect(await as(role, () => revokeInvitationAction(invitation.id))).toMatchObject({ code: 'forbidden' });
    expect(await roleIn(db, people[role].id, DEFAULT_WORKSPACE_ID)).toBe(role);
  });

  it('refusals come back as form state: bad role on the field, owner rules with their message, unknown ids not found', async () => {
    const bad = await as('owner', () => createInvitationAction(IDLE_FORM_STATE, form({ role: 'owner' })));
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { role: ['Choose a role: admin, editor or viewer.'] }, values: { role: 'owner' } });
    expect(await as('admin', () => changeMemberRoleAction(people.owner.id, IDLE_FORM_STATE, form({ role: 'viewer' })))).toMatchObject({ code: 'forbidden' });
    expect(await as('owner', () => removeMemberAction(people.owner.id, KEEP))).toMatchObject({ status: 'error', message: expect.stringContaining('last owner') });
    expect(await as('owner', () => removeMemberAction('usr_unknown', KEEP))).toMatchObject({ code: 'not_found' });
    expect(await as('owner', () => revokeInvitationAction('inv_unknown'))).toMatchObject({ code: 'not_found' });
  });
});

describe('invitation actions', () => {
  it('someone new creates an account, joins with the role and is signed in to that workspace', async () => {
    const { token } = await createInvitation(ownerCtx(), { role: 'editor' });
    const result = await outcome(() => as(null, () => signUpAndJoinAction(token, IDLE_FORM_STATE, form({ name: 'Nia', email: 'Nia@Example.com', password: PASSWORD }))));
    expect(result).toEqual({ redirectedTo: '/' });
    const session = await validateAuthSession(db, cookiesSet.session[0]!);
    expect(session?.user).toMatchObject({ email: 'nia@example.com', name: 'Nia' });
    expect(cookiesSet.workspace).toEqual([DEFAULT_WORKSPACE_ID]);
    expect(await roleIn(db, session!.user.id, DEFAULT_WORKSPACE_ID)).toBe('editor');
  });

  it('a dead link creates no account and signs nobody in', async () => {
    const { invitation, token } = await createInvitation(ownerCtx(), { role: 'editor' });
    await revokeInvitation(ownerCtx(), invitation.id);
    const accountsBefore = (await db.select().from(users)).length;
    const result = await outcome(() => as(null, () => signUpAndJoinAction(token, IDLE_FORM_STATE, form({ name: '', email: 'late@example.com', password: PASSWORD }))));
    expect(result).toEqual({ state: expect.objectContaining({ status: 'error', message: expect.stringContaining('was revoked') }) });
    expect((await db.select().from(users)).length).toBe(accountsBefore);

    const sessionsBefore = (await db.select().from(authSessions)).length;
    const signedIn = await outcome(() => as(null, () => signInAndJoinAction(token, IDLE_FORM_STATE, form({ email: 'editor@example.com', password: PASSWORD }))));
    expect(signedIn).toEqual({ state: expect.objectContaining({ status: 'error' }) });
    expect((await db.select().from(authSessions)).length).toBe(sessionsBefore);
    expect(cookiesSet.session).toEqual([]);
  });

  it('someone with an account signs in and joins; a wrong password joins nobody and keeps the link', async () => {
    const outsider = await createUser(db, { name: 'Oz', email: 'oz@example.com', password: PASSWORD });
    const { token } = await createInvitation(ownerCtx(), { role: 'viewer' });
    const wrong = await outcome(() => as(null, () => signInAndJoinAction(token, IDLE_FORM_STATE, form({ email: 'oz@example.com', password: 'not the password' }))));
    expect(wrong).toEqual({ state: expect.objectContaining({ status: 'error', message: 'Wrong email or password.' }) });
    expect((await findInvitation(db, token))?.state).toBe('valid');

    const result = await outcome(() => as(null, () => signInAndJoinAction(token, IDLE_FORM_STATE, form({ email: 'oz@example.com', password: PASSWORD }))));
    expect(result).toEqual({ redirectedTo: '/' });
    expect((await validateAuthSession(db, cookiesSet.session[0]!))?.user.id).toBe(outsider.id);
    expect(await roleIn(db, outsider.id, DEFAULT_WORKSPACE_ID)).toBe('viewer');
  });

  it('a signed-in person joins with the button; signed out, the button only asks them to sign in', async () => {
    const newcomer = await createUser(db, { name: 'Pat', email: 'pat@example.com', password: PASSWORD });
    const session = (await createAuthSession(db, newcomer.id)).token;
    const { token } = await createInvitation(ownerCtx(), { role: 'admin' });
    expect(await outcome(() => as(null, () => joinWorkspaceAction(token)))).toEqual({ state: expect.objectContaining({ status: 'error' }) });
    expect(await outcome(() => as(session, () => joinWorkspaceAction(token)))).toEqual({ redirectedTo: '/' });
    expect(await roleIn(db, newcomer.id, DEFAULT_WORKSPACE_ID)).toBe('admin');
    expect(cookiesSet.workspace).toEqual([DEFAULT_WORKSPACE_ID]);
    expect(await outcome(() => as(session, () => joinWorkspaceAction('not-a-token')))).toEqual({
      state: expect.objectContaining({ status: 'error', message: expect.stringContaining('not valid') }),
    });
  });

  it('removing a member through the action signs them out', async () => {
    const { token } = await createInvitation(ownerCtx(), { role: 'viewer' });
    const leaving = await createUser(db, { name: 'Lee', email: 'lee@example.com', password: PASSWORD });
    await acceptInvitation(db, token, leaving.id);
    const session = (await createAuthSession(db, leaving.id)).token;
    expect(await as('admin', () => removeMemberAction(leaving.id, KEEP))).toMatchObject({ status: 'success', message: 'lee@example.com was removed and signed out.' });
    expect(await validateAuthSession(db, session)).toBeNull();
  });

  it('removing a member can revoke the keys and links they made, and says so; a malformed choice is a field error', async () => {
    const { token } = await createInvitation(ownerCtx(), { role: 'admin' });
    const leaving = await createUser(db, { name: 'Max', email: 'max@example.com', password: PASSWORD });
    await acceptInvitation(db, token, leaving.id);
    const asMax = { ...ownerCtx(), actor: leaving.email };
    const { key } = await createApiKey(asMax, { name: 'Nightly sync', role: 'editor' });
    await createInvitation(asMax, { role: 'viewer' });

    const bad = await as('admin', () => removeMemberAction(leaving.id, { revokeCreated: 'yes' } as unknown as { revokeCreated: boolean }));
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { revokeCreated: [expect.stringContaining('true or false')] } });
    expect(await roleIn(db, leaving.id, DEFAULT_WORKSPACE_ID)).toBe('admin');

    expect(await as('owner', () => removeMemberAction(leaving.id, { revokeCreated: true }))).toMatchObject({
      status: 'success',
      message: 'max@example.com was removed and signed out. Their 1 API key and 1 invitation link were revoked.',
    });
    expect(await authenticateApiKey(db, key)).toBeNull();
  });

  it('demoting through the form can revoke what they made, and says so; a malformed box is a field error', async () => {
    const { token } = await createInvitation(ownerCtx(), { role: 'admin' });
    const demoted = await createUser(db, { name: 'Noor', email: 'noor.demoted@example.com', password: PASSWORD });
    await acceptInvitation(db, token, demoted.id);
    const { key } = await createApiKey({ ...ownerCtx(), actor: demoted.email }, { name: 'Admin sync', role: 'admin' });

    const bad = await as('owner', () => changeMemberRoleAction(demoted.id, IDLE_FORM_STATE, form({ role: 'editor', revokeCreated: 'maybe' })));
    expect(bad).toMatchObject({ status: 'error', fieldErrors: { revokeCreated: [expect.any(String)] } });
    expect(await roleIn(db, demoted.id, DEFAULT_WORKSPACE_ID)).toBe('admin');

    // The form posts a hidden "false" before the box: ticked, "on" comes after it.
    const ticked = new FormData();
    for (const [name, value] of [['role', 'editor'], ['revokeCreated', 'false'], ['revokeCreated', 'on']]) ticked.append(name as string, value as string);
    expect(await as('owner', () => changeMemberRoleAction(demoted.id, IDLE_FORM_STATE, ticked))).toMatchObject({
      status: 'success',
      message: 'noor.demoted@example.com is now editor. Their 1 API key was revoked.',
    });
    expect(await roleIn(db, demoted.id, DEFAULT_WORKSPACE_ID)).toBe('editor');
    expect(await authenticateApiKey(db, key)).toBeNull();
  });
});
