import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { authSessions, memberships, users, workspaces } from '@/db/schema';
import { DEFAULT_WORKSPACE_ID } from '@/lib/domain/constants';
import { ConflictError, RateLimitedError, UnauthenticatedError, ValidationError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';
import { changePassword, createUser, hasUsers, setUpFirstOwner, signIn } from '../accounts';
import { hashPassword, verifyPassword } from '../password';
import { assertSignInAllowed, recordSignInFailure, SIGN_IN_LIMITS, signInFailuresOf } from '../rate-limit';
import { createAuthSession, SESSION_TTL_MS, validateAuthSession } from '../sessions';
import { createWorkspace, roleIn, workspacesOf } from '../workspaces';

// A fresh database per test: no sign-in failures carry over.
const t = setupTestContext();

const OWNER = { name: 'Ana', email: 'ana@example.com', password: 'a long enough password' };

describe('passwords', () => {
  it('are stored as salted scrypt hashes that verify only the same password', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(first).not.toContain('correct');
    expect(first).not.toBe(second);
    expect(await verifyPassword('correct horse battery', first)).toBe(true);
    expect(await verifyPassword('correct horse batterz', first)).toBe(false);
    expect(await verifyPassword('anything', 'not-a-hash')).toBe(false);
  });
});

describe('first-run setup', () => {
  it('makes the first owner of the workspaces nobody belongs to, renamed as asked, and then refuses', async () => {
    expect(await hasUsers(t.ctx.db)).toBe(false);
    const { user, workspaceIds } = await setUpFirstOwner(t.ctx.db, { ...OWNER, workspaceName: 'Acme support' });
    expect(workspaceIds).toEqual([DEFAULT_WORKSPACE_ID]);
    expect(await roleIn(t.ctx.db, user.id, DEFAULT_WORKSPACE_ID)).toBe('owner');
    expect(await workspacesOf(t.ctx.db, user.id)).toEqual([{ id: DEFAULT_WORKSPACE_ID, name: 'Acme support', role: 'owner' }]);
    const [stored] = await t.ctx.db.select().from(users).where(eq(users.id, user.id));
    expect(stored?.passwordHash).not.toContain(OWNER.password);
    await expect(setUpFirstOwner(t.ctx.db, { ...OWNER, email: 'other@example.com' })).rejects.toBeInstanceOf(ConflictError);
    expect(await t.ctx.db.select().from(users)).toHaveLength(1);
  });

  it('creates a workspace when every workspace already has members', async () => {
    await t.ctx.db.delete(workspaces).where(eq(workspaces.id, DEFAULT_WORKSPACE_ID));
    const { workspaceIds } = await setUpFirstOwner(t.ctx.db, { ...OWNER, workspaceName: undefined });
    expect(workspaceIds).toHaveLength(1);
    expect(workspaceIds[0]).not.toBe(DEFAULT_WORKSPACE_ID);
    const [created] = await t.ctx.db.select().from(workspaces).where(eq(workspaces.id, workspaceIds[0]!));
    expect(created?.name).toBe('My workspace');
  });
});

describe('signing in', () => {
  beforeEach(async () => {
    await setUpFirstOwner(t.ctx.db, OWNER);
  });

  it('starts a session for the right password, refuses a wrong one and an unknown email alike', async () => {
    const { token, user } = await signIn(t.ctx.db, OWNER, 'a');
    expect((await validateAuthSession(t.ctx.db, token))?.user).toEqual(user);
    const wrong = signIn(t.ctx.db, { email: OWNER.email, password: 'not the password' }, 'a');
    await expect(wrong).rejects.toThrow('Wrong email or password.');
    await expect(signIn(t.ctx.db, { email: 'nobody@example.com', password: 'whatever it is' }, 'a')).rejects.toThrow('Wrong email or password.');
    // The cookie's token is not what is stored.
    const stored = await t.ctx.db.select().from(authSessions);
    expect(stored.map((row) => row.id)).not.toContain(token);
  });

  it('stops accepting even the right password after too many failures for that email', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i += 1) {
      await expect(signIn(t.ctx.db, { email: OWNER.email, password: `guess number ${i}` }, `10.0.0.${i}`)).rejects.toBeInstanceOf(UnauthenticatedError);
    }
    const refused = signIn(t.ctx.db, OWNER, '10.0.0.99');
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toThrow(/Try again in 15 minutes/);
  });

  it('counts failures in the database, so every instance shares them; a success forgives the email, not the address', async () => {
    await expect(signIn(t.ctx.db, { email: OWNER.email, password: 'a wrong guess' }, '198.51.100.7')).rejects.toBeInstanceOf(UnauthenticatedError);
    expect(await signInFailuresOf(t.ctx.db, `email:${OWNER.email}`)).toHaveLength(1);
    expect(await signInFailuresOf(t.ctx.db, 'address:198.51.100.7')).toHaveLength(1);
    await signIn(t.ctx.db, OWNER, '198.51.100.7');
    expect(await signInFailuresOf(t.ctx.db, `email:${OWNER.email}`)).toEqual([]);
    expect(await signInFailuresOf(t.ctx.db, 'address:198.51.100.7')).toHaveLength(1);
  });

  it('forgets failures once they leave the window, and says how long a refusal lasts', async () => {
    const start = new Date('2026-03-01T10:00:00Z');
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i += 1) await recordSignInFailure(t.ctx.db, OWNER.email, `203.0.113.${i}`, new Date(start.getTime() + i * 60_000));
    const fourMinutesIn = new Date(start.getTime() + 4 * 60_000);
    const refused = assertSignInAllowed(t.ctx.db, OWNER.email, '203.0.113.99', fourMinutesIn);
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    // The oldest failure leaves the 15-minute window 11 minutes from then.
    await expect(refused).rejects.toMatchObject({ retryAfterSeconds: 11 * 60 });
    const afterTheFirstLeft = new Date(start.getTime() + SIGN_IN_LIMITS.windowMs + 1);
    await expect(assertSignInAllowed(t.ctx.db, OWNER.email, '203.0.113.99', afterTheFirstLeft)).resolves.toBeUndefined();
    // A later failure deletes the rows that left the window.
    await recordSignInFailure(t.ctx.db, 'someone@example.com', '203.0.113.200', new Date(start.getTime() + SIGN_IN_LIMITS.windowMs + 60_001));
    expect(await signInFailuresOf(t.ctx.db, `email:${OWNER.email}`)).toHaveLength(3);
  });

  it('limits one address guessing across many emails', async () => {
    // Each failure through signIn costs a full hash; the last few prove signIn counts them too.
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress - 2; i += 1) await recordSignInFailure(t.ctx.db, `user${i}@example.com`, '192.0.2.1');
    for (const email of ['x@example.com', 'y@example.com']) {
      await expect(signIn(t.ctx.db, { email, password: 'guess guess' }, '192.0.2.1')).rejects.toBeInstanceOf(UnauthenticatedError);
    }
    await expect(signIn(t.ctx.db, OWNER, '192.0.2.1')).rejects.toBeInstanceOf(RateLimitedError);
    await expect(signIn(t.ctx.db, OWNER, '192.0.2.2')).resolves.toMatchObject({ user: { email: OWNER.email } });
  });
});

describe('sessions', () => {
  it('expire, and are renewed when used in their second half', async () => {
    const { user } = await setUpFirstOwner(t.ctx.db, OWNER);
    const start = new Date('2026-01-01T00:00:00Z');
    const { token, expiresAt } = await createAuthSession(t.ctx.db, user.id, start);
    const early = await validateAuthSession(t.ctx.db, token, new Date(start.getTime() + 1000));
    expect(early).toMatchObject({ renewed: false, expiresAt });
    const late = new Date(start.getTime() + SESSION_TTL_MS * 0.75);
    expect(await validateAuthSession(t.ctx.db, token, late)).toMatchObject({ renewed: true, expiresAt: new Date(late.getTime() + SESSION_TTL_MS) });
    expect(await validateAuthSession(t.ctx.db, token, new Date(late.getTime() + SESSION_TTL_MS + 1))).toBeNull();
    expect(await t.ctx.db.select().from(authSessions)).toHaveLength(0);
  });
});

describe('changing the password', () => {
  it('needs the current one, and signs the account out everywhere', async () => {
    const { user } = await setUpFirstOwner(t.ctx.db, OWNER);
    const elsewhere = await createAuthSession(t.ctx.db, user.id);
    const input = { currentPassword: 'wrong current one', newPassword: 'a brand new password', confirmPassword: 'a brand new password' };
    await expect(changePassword(t.ctx.db, user.id, input)).rejects.toBeInstanceOf(ValidationError);
    expect(await validateAuthSession(t.ctx.db, elsewhere.token)).not.toBeNull();
    await changePassword(t.ctx.db, user.id, { ...input, currentPassword: OWNER.password });
    expect(await validateAuthSession(t.ctx.db, elsewhere.token)).toBeNull();
    await expect(signIn(t.ctx.db, OWNER, 'a')).rejects.toBeInstanceOf(UnauthenticatedError);
    await expect(signIn(t.ctx.db, { email: OWNER.email, password: 'a brand new password' }, 'a')).resolves.toBeTruthy();
  });
});

describe('workspaces', () => {
  it('a new one is owned by its creator and listed with the others; an email has one account', async () => {
    const { user } = await setUpFirstOwner(t.ctx.db, OWNER);
    const created = await createWorkspace(t.ctx.db, user.id, 'Second team');
    expect(created.role).toBe('owner');
    expect((await workspacesOf(t.ctx.db, user.id)).map((w) => w.name)).toEqual(['Default workspace', 'Second team']);
    const other = await createUser(t.ctx.db, { email: 'bo@example.com', name: '', password: 'bo has a password' });
    expect(other.name).toBe('bo');
    expect(await workspacesOf(t.ctx.db, other.id)).toEqual([]);
    expect(await t.ctx.db.select().from(memberships).where(eq(memberships.userId, other.id))).toEqual([]);
    await expect(createUser(t.ctx.db, { email: OWNER.email, name: '', password: 'whatever password' })).rejects.toBeInstanceOf(ConflictError);
  });
});
