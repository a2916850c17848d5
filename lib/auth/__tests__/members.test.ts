import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';
import { createUser } from '../accounts';
import { changeMemberRole, listMembers, removeMember } from '../members';
import { createAuthSession, validateAuthSession } from '../sessions';
import { createWorkspace, roleIn, workspacesOf } from '../workspaces';
import { actingAs, addMember, OWNER, setUpOwner } from './team-fixtures';

const t = setupTestContext();

describe('listMembers', () => {
  it('lists the workspace members with name, email, role and when they joined, oldest first', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'editor');
    const cy = await addMember(asOwner, 'Cy', 'viewer');
    const members = await listMembers(asOwner);
    expect(members).toEqual([
      { userId: owner.id, name: 'Ana', email: OWNER.email, role: 'owner', joinedAt: expect.any(Date) },
      { userId: bo.id, name: 'Bo', email: 'bo@example.com', role: 'editor', joinedAt: expect.any(Date) },
      { userId: cy.id, name: 'Cy', email: 'cy@example.com', role: 'viewer', joinedAt: expect.any(Date) },
    ]);
  });

  it('does not list people of another workspace', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const stranger = await createUser(t.ctx.db, { name: 'Di', email: 'di@example.com', password: 'a long enough password' });
    await createWorkspace(t.ctx.db, stranger.id, 'Elsewhere');
    expect((await listMembers(asOwner)).map((member) => member.email)).toEqual([OWNER.email]);
  });
});

describe('changeMemberRole', () => {
  it('gives a member another role, which their next request sees', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'viewer');
    expect(await changeMemberRole(asOwner, bo.id, 'admin')).toMatchObject({ userId: bo.id, role: 'admin' });
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBe('admin');
    await changeMemberRole(asOwner, bo.id, 'editor');
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBe('editor');
  });

  it('an admin may change other admins and editors, but not an owner', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const cy = await addMember(asOwner, 'Cy', 'admin');
    const asBo = actingAs(t.ctx, bo, 'admin');
    await changeMemberRole(asBo, cy.id, 'viewer');
    expect(await roleIn(t.ctx.db, cy.id, t.ctx.workspaceId)).toBe('viewer');
    const refused = changeMemberRole(asBo, owner.id, 'viewer');
    await expect(refused).rejects.toBeInstanceOf(ForbiddenError);
    await expect(refused).rejects.toThrow(`Only an owner may change an owner (${OWNER.email}).`);
    expect(await roleIn(t.ctx.db, owner.id, t.ctx.workspaceId)).toBe('owner');
  });

  it('an admin API key may not demote an owner either', async () => {
    const { owner } = await setUpOwner(t.ctx);
    const asKey = { db: t.ctx.db, workspaceId: t.ctx.workspaceId, actor: 'API key “CI”', principal: { kind: 'api_key' as const, keyId: 'key_1', name: 'CI', role: 'admin' as const } };
    await expect(changeMemberRole(asKey, owner.id, 'editor')).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('refuses to demote the last owner, even by themselves', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const refused = changeMemberRole(asOwner, owner.id, 'admin');
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await expect(refused).rejects.toThrow(`${OWNER.email} is the workspace's last owner and cannot be demoted: a workspace needs an owner.`);
    expect(await roleIn(t.ctx.db, owner.id, t.ctx.workspaceId)).toBe('owner');
  });

  it("another workspace's user is not found, and keeps their role there", async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const stranger = await createUser(t.ctx.db, { name: 'Di', email: 'di@example.com', password: 'a long enough password' });
    const elsewhere = await createWorkspace(t.ctx.db, stranger.id, 'Elsewhere');
    await expect(changeMemberRole(asOwner, stranger.id, 'viewer')).rejects.toBeInstanceOf(NotFoundError);
    await expect(changeMemberRole(asOwner, 'usr_nobody', 'viewer')).rejects.toBeInstanceOf(NotFoundError);
    expect(await roleIn(t.ctx.db, stranger.id, elsewhere.id)).toBe('owner');
  });
});

describe('removeMember', () => {
  it('takes the member out and ends every session of theirs, but not anyone else’s', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'editor');
    const boLaptop = await createAuthSession(t.ctx.db, bo.id);
    const boPhone = await createAuthSession(t.ctx.db, bo.id);
    const ownerSession = await createAuthSession(t.ctx.db, owner.id);
    expect(await validateAuthSession(t.ctx.db, boLaptop.token)).not.toBeNull();

    expect(await removeMember(asOwner, bo.id)).toMatchObject({ userId: bo.id, email: 'bo@example.com' });

    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBeNull();
    expect(await validateAuthSession(t.ctx.db, boLaptop.token)).toBeNull();
    expect(await validateAuthSession(t.ctx.db, boPhone.token)).toBeNull();
    expect(await validateAuthSession(t.ctx.db, ownerSession.token)).not.toBeNull();
    expect((await listMembers(asOwner)).map((member) => member.userId)).toEqual([owner.id]);
  });

  it('keeps the account and its other workspaces', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'viewer');
    const own = await createWorkspace(t.ctx.db, bo.id, "Bo's team");
    await removeMember(asOwner, bo.id);
    expect(await workspacesOf(t.ctx.db, bo.id)).toEqual([{ id: own.id, name: "Bo's team", role: 'owner' }]);
  });

  it('an admin may remove an editor but not an owner; nobody removes the last owner', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const cy = await addMember(asOwner, 'Cy', 'editor');
    const asBo = actingAs(t.ctx, bo, 'admin');
    const ownerSession = await createAuthSession(t.ctx.db, owner.id);

    await removeMember(asBo, cy.id);
    expect(await roleIn(t.ctx.db, cy.id, t.ctx.workspaceId)).toBeNull();

    await expect(removeMember(asBo, owner.id)).rejects.toBeInstanceOf(ForbiddenError);
    const last = removeMember(asOwner, owner.id);
    await expect(last).rejects.toBeInstanceOf(ConflictError);
    await expect(last).rejects.toThrow(`${OWNER.email} is the workspace's last owner and cannot be removed: a workspace needs an owner.`);
    expect(await roleIn(t.ctx.db, owner.id, t.ctx.workspaceId)).toBe('owner');
    expect(await validateAuthSession(t.ctx.db, ownerSession.token)).not.toBeNull();
  });

  it("another workspace's user is not found, and stays signed in", async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const stranger = await createUser(t.ctx.db, { name: 'Di', email: 'di@example.com', password: 'a long enough password' });
    const elsewhere = await createWorkspace(t.ctx.db, stranger.id, 'Elsewhere');
    const session = await createAuthSession(t.ctx.db, stranger.id);
    await expect(removeMember(asOwner, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await roleIn(t.ctx.db, stranger.id, elsewhere.id)).toBe('owner');
    expect(await validateAuthSession(t.ctx.db, session.token)).not.toBeNull();
  });
});
