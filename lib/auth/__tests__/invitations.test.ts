import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { invitations } from '@/db/schema';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';
import { createUser } from '../accounts';
import { acceptInvitation, createInvitation, findInvitation, INVITATION_TTL_MS, listPendingInvitations, revokeInvitation } from '../invitations';
import { createWorkspace, roleIn } from '../workspaces';
import { actingAs, OWNER, setUpOwner } from './team-fixtures';

const t = setupTestContext();

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const newcomer = (name = 'Bo') => createUser(t.ctx.db, { name, email: `${name.toLowerCase()}@example.com`, password: 'a long enough password' });
const start = new Date('2026-03-01T09:00:00Z');

describe('createInvitation', () => {
  it('answers the token once, stores only its hash, and expires in seven days', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { invitation, token } = await createInvitation(asOwner, { role: 'editor' }, start);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.ctx.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row).toMatchObject({ workspaceId: t.ctx.workspaceId, role: 'editor', createdBy: OWNER.email, tokenHash: sha256(token), acceptedAt: null, revokedAt: null });
    for (const value of Object.values(row!)) expect(String(value)).not.toContain(token.slice(0, 12));
    expect(invitation.expiresAt).toEqual(new Date(start.getTime() + INVITATION_TTL_MS));
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
    expect(Object.keys(invitation).sort()).toEqual(['createdAt', 'createdBy', 'expiresAt', 'id', 'role']);
  });

  it('lists pending links newest first, without other workspaces’ links', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const first = await createInvitation(asOwner, { role: 'viewer' }, start);
    const second = await createInvitation(asOwner, { role: 'admin' }, new Date(start.getTime() + 1000));
    const stranger = await newcomer('Di');
    const elsewhere = await createWorkspace(t.ctx.db, stranger.id, 'Elsewhere');
    await createInvitation({ ...actingAs(t.ctx, stranger, 'owner'), workspaceId: elsewhere.id }, { role: 'viewer' }, start);
    expect(await listPendingInvitations(asOwner, start)).toEqual([second.invitation, first.invitation]);
  });
});

describe('findInvitation', () => {
  it('names the workspace and role of a working link; an unknown token is null', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { invitation, token } = await createInvitation(asOwner, { role: 'viewer' }, start);
    expect(await findInvitation(t.ctx.db, token, start)).toEqual({
      ...invitation,
      workspaceId: t.ctx.workspaceId,
      workspaceName: 'Default workspace',
      state: 'valid',
    });
    expect(await findInvitation(t.ctx.db, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(await findInvitation(t.ctx.db, sha256(token))).toBeNull();
    expect(await findInvitation(t.ctx.db, '')).toBeNull();
  });
});

describe('acceptInvitation', () => {
  it('makes the person a member with the invited role and marks the link used by them', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { invitation, token } = await createInvitation(asOwner, { role: 'editor' }, start);
    const bo = await newcomer();
    const at = new Date(start.getTime() + 60_000);
    expect(await acceptInvitation(t.ctx.db, token, bo.id, at)).toEqual({ workspaceId: t.ctx.workspaceId, role: 'editor', alreadyMember: false });
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBe('editor');
    const [row] = await t.ctx.db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row).toMatchObject({ acceptedAt: at, acceptedBy: bo.id });
    expect(await listPendingInvitations(asOwner, at)).toEqual([]);
  });

  it('works once: a second person with the same link is refused and not let in', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { token } = await createInvitation(asOwner, { role: 'admin' });
    const bo = await newcomer('Bo');
    const cy = await newcomer('Cy');
    await acceptInvitation(t.ctx.db, token, bo.id);
    const again = acceptInvitation(t.ctx.db, token, cy.id);
    await expect(again).rejects.toBeInstanceOf(ConflictError);
    await expect(again).rejects.toThrow('This invitation link was already used: each link works once. Ask an admin of “Default workspace” for a new one.');
    expect(await roleIn(t.ctx.db, cy.id, t.ctx.workspaceId)).toBeNull();
    expect((await findInvitation(t.ctx.db, token))?.state).toBe('used');
  });

  it('works until it expires, and not from the moment it does', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { invitation, token } = await createInvitation(asOwner, { role: 'viewer' }, start);
    const bo = await newcomer();
    const expiry = invitation.expiresAt.getTime();
    expect((await findInvitation(t.ctx.db, token, new Date(expiry - 1)))?.state).toBe('valid');
    expect((await findInvitation(t.ctx.db, token, new Date(expiry)))?.state).toBe('expired');
    expect(await listPendingInvitations(asOwner, new Date(expiry))).toEqual([]);

    const late = acceptInvitation(t.ctx.db, token, bo.id, new Date(expiry));
    await expect(late).rejects.toBeInstanceOf(ValidationError);
    await expect(late).rejects.toThrow('This invitation link has expired. Ask an admin of “Default workspace” for a new one.');
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBeNull();

    await acceptInvitation(t.ctx.db, token, bo.id, new Date(expiry - 1));
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBe('viewer');
  });

  it('refuses a link created more than seven days ago', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { token } = await createInvitation(asOwner, { role: 'viewer' }, new Date(Date.now() - INVITATION_TTL_MS - 1000));
    const bo = await newcomer();
    await expect(acceptInvitation(t.ctx.db, token, bo.id)).rejects.toBeInstanceOf(ValidationError);
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBeNull();
  });

  it('refuses an unknown token without saying more', async () => {
    await setUpOwner(t.ctx);
    const bo = await newcomer();
    const unknown = acceptInvitation(t.ctx.db, 'not-a-real-token', bo.id);
    await expect(unknown).rejects.toBeInstanceOf(ValidationError);
    await expect(unknown).rejects.toThrow('This invitation link is not valid.');
  });

  it('leaves a member’s role alone and the link unused when they open it themselves', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const { token } = await createInvitation(asOwner, { role: 'viewer' });
    expect(await acceptInvitation(t.ctx.db, token, owner.id)).toEqual({ workspaceId: t.ctx.workspaceId, role: 'owner', alreadyMember: true });
    expect(await roleIn(t.ctx.db, owner.id, t.ctx.workspaceId)).toBe('owner');
    expect((await findInvitation(t.ctx.db, token))?.state).toBe('valid');
  });
});

describe('revokeInvitation', () => {
  it('stops the link from working and takes it off the pending list', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { invitation, token } = await createInvitation(asOwner, { role: 'editor' });
    expect(await revokeInvitation(asOwner, invitation.id)).toEqual(invitation);
    expect(await listPendingInvitations(asOwner)).toEqual([]);
    expect((await findInvitation(t.ctx.db, token))?.state).toBe('revoked');
    const bo = await newcomer();
    const refused = acceptInvitation(t.ctx.db, token, bo.id);
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow('This invitation link was revoked.');
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBeNull();
    // Revoking twice changes nothing and is no error.
    await expect(revokeInvitation(asOwner, invitation.id)).resolves.toEqual(invitation);
  });

  it('refuses a used link: the person is a member by then', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const { invitation, token } = await createInvitation(asOwner, { role: 'editor' });
    await acceptInvitation(t.ctx.db, token, (await newcomer()).id);
    await expect(revokeInvitation(asOwner, invitation.id)).rejects.toBeInstanceOf(ConflictError);
  });

  it("another workspace's invitation is not found and keeps working", async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const stranger = await newcomer('Di');
    const elsewhere = await createWorkspace(t.ctx.db, stranger.id, 'Elsewhere');
    const theirs = await createInvitation({ ...actingAs(t.ctx, stranger, 'owner'), workspaceId: elsewhere.id }, { role: 'viewer' });
    await expect(revokeInvitation(asOwner, theirs.invitation.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await findInvitation(t.ctx.db, theirs.token))?.state).toBe('valid');
  });
});
