import { describe, expect, it } from 'vitest';
import { auditEvents } from '@/db/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';
import { createUser } from '../accounts';
import { authenticateApiKey, createApiKey, listApiKeys, revokeApiKey } from '../api-keys';
import { createInvitation, findInvitation, INVITATION_TTL_MS, revokeInvitation } from '../invitations';
import { changeMemberRole, listMembers, liveCredentialsByCreator, removeMember } from '../members';
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

  it('demoting below admin with revokeCreated revokes the keys and links they made, each audited; the rest of the workspace keeps theirs', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const asBo = actingAs(t.ctx, bo, 'admin');
    const { key: boKey } = await createApiKey(asBo, { name: 'Admin sync', role: 'admin' });
    const { token: boLink } = await createInvitation(asBo, { role: 'admin' });
    const { key: ownerKey } = await createApiKey(asOwner, { name: 'CI', role: 'viewer' });

    const demoted = await changeMemberRole(asOwner, bo.id, 'editor', { revokeCreated: true });

    expect(demoted).toMatchObject({ role: 'editor', revoked: { apiKeys: [{ id: expect.any(String), name: 'Admin sync' }], invitations: [{ id: expect.any(String) }] } });
    expect(await roleIn(t.ctx.db, bo.id, t.ctx.workspaceId)).toBe('editor');
    expect(await authenticateApiKey(t.ctx.db, boKey)).toBeNull();
    expect((await findInvitation(t.ctx.db, boLink))?.state).toBe('revoked');
    expect(await authenticateApiKey(t.ctx.db, ownerKey)).not.toBeNull();
    const changes = (await t.ctx.db.select().from(auditEvents)).filter((event) => event.actor === OWNER.email && event.action !== 'create');
    expect(changes.map((event) => `${event.action} ${event.entityType}`).sort()).toEqual(['delete api_key', 'delete invitation', 'update member']);
  });

  it('keeps what they made without revokeCreated, or when the new role may still administer', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const { key } = await createApiKey(actingAs(t.ctx, bo, 'admin'), { name: 'Nightly', role: 'admin' });
    const nothing = { apiKeys: [], invitations: [] };
    expect((await changeMemberRole(asOwner, bo.id, 'viewer', { revokeCreated: false })).revoked).toEqual(nothing);
    expect(await authenticateApiKey(t.ctx.db, key)).not.toBeNull();
    // Promoted back to admin, the box changes nothing: an admin may make such a key anyway.
    expect((await changeMemberRole(asOwner, bo.id, 'admin', { revokeCreated: true })).revoked).toEqual(nothing);
    expect(await authenticateApiKey(t.ctx.db, key)).not.toBeNull();
  });

  it('revokes for a member already demoted when asked again with the same role, and changes nothing else', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const { key } = await createApiKey(actingAs(t.ctx, bo, 'admin'), { name: 'Nightly', role: 'admin' });
    await changeMemberRole(asOwner, bo.id, 'viewer');
    const updatesBefore = (await t.ctx.db.select().from(auditEvents)).filter((event) => event.entityType === 'member').length;
    expect((await changeMemberRole(asOwner, bo.id, 'viewer', { revokeCreated: true })).revoked.apiKeys).toHaveLength(1);
    expect(await authenticateApiKey(t.ctx.db, key)).toBeNull();
    expect((await t.ctx.db.select().from(auditEvents)).filter((event) => event.entityType === 'member')).toHaveLength(updatesBefore);
  });

  it('a refused demotion revokes nothing', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const { key } = await createApiKey(asOwner, { name: 'CI', role: 'admin' });
    await expect(changeMemberRole(asOwner, owner.id, 'viewer', { revokeCreated: true })).rejects.toBeInstanceOf(ConflictError);
    expect(await authenticateApiKey(t.ctx.db, key)).not.toBeNull();
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

  it('with revokeCreated, the API keys and invitation links they made stop working, each revocation audited; others stay', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const asBo = actingAs(t.ctx, bo, 'admin');
    const { key: boKey } = await createApiKey(asBo, { name: 'Zendesk sync', role: 'editor' });
    const { token: boLink } = await createInvitation(asBo, { role: 'viewer' });
    const { key: ownerKey } = await createApiKey(asOwner, { name: 'CI', role: 'viewer' });
    const { token: ownerLink } = await createInvitation(asOwner, { role: 'viewer' });

    const removed = await removeMember(asOwner, bo.id, { revokeCreated: true });

    expect(removed.revoked).toEqual({ apiKeys: [{ id: expect.any(String), name: 'Zendesk sync' }], invitations: [{ id: expect.any(String) }] });
    expect(await authenticateApiKey(t.ctx.db, boKey)).toBeNull();
    expect((await findInvitation(t.ctx.db, boLink))?.state).toBe('revoked');
    expect(await authenticateApiKey(t.ctx.db, ownerKey)).not.toBeNull();
    expect((await findInvitation(t.ctx.db, ownerLink))?.state).toBe('valid');
    const audited = await t.ctx.db.select().from(auditEvents);
    const deletions = audited.filter((event) => event.action === 'delete').map((event) => `${event.entityType} by ${event.actor}`);
    expect(deletions.sort()).toEqual([`api_key by ${OWNER.email}`, `invitation by ${OWNER.email}`, `member by ${OWNER.email}`]);
  });

  it('without revokeCreated, what they made keeps working', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const { key } = await createApiKey(actingAs(t.ctx, bo, 'admin'), { name: 'Nightly', role: 'viewer' });
    expect((await removeMember(asOwner, bo.id, { revokeCreated: false })).revoked).toEqual({ apiKeys: [], invitations: [] });
    expect(await authenticateApiKey(t.ctx.db, key)).not.toBeNull();
  });

  it('a refused removal revokes nothing', async () => {
    const { owner, asOwner } = await setUpOwner(t.ctx);
    const { key } = await createApiKey(asOwner, { name: 'CI', role: 'viewer' });
    await expect(removeMember(asOwner, owner.id, { revokeCreated: true })).rejects.toBeInstanceOf(ConflictError);
    expect(await authenticateApiKey(t.ctx.db, key)).not.toBeNull();
  });
});

describe('liveCredentialsByCreator', () => {
  it('groups the keys and links that still work by who made them; revoked, used and expired ones are left out', async () => {
    const { asOwner } = await setUpOwner(t.ctx);
    const bo = await addMember(asOwner, 'Bo', 'admin');
    const asBo = actingAs(t.ctx, bo, 'admin');
    const now = new Date();
    await createApiKey(asBo, { name: 'A', role: 'viewer' });
    const revokedKey = await createApiKey(asBo, { name: 'B', role: 'viewer' });
    await revokeApiKey(asBo, revokedKey.apiKey.id);
    const { invitation: live } = await createInvitation(asBo, { role: 'viewer' }, now);
    const { invitation: dead } = await createInvitation(asBo, { role: 'viewer' }, now);
    await revokeInvitation(asBo, dead.id);
    await createInvitation(asBo, { role: 'viewer' }, new Date(now.getTime() - INVITATION_TTL_MS - 1));

    const byCreator = await liveCredentialsByCreator(asOwner, now);

    expect([...byCreator.keys()]).toEqual(['bo@example.com']);
    expect(byCreator.get('bo@example.com')).toEqual({ apiKeys: [{ id: expect.any(String), name: 'A' }], invitations: [{ id: live.id }] });
    expect((await listApiKeys(asOwner)).map((key) => key.name).sort()).toEqual(['A', 'B']);
  });
});
