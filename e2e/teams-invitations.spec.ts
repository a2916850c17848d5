import { expect, test } from '@playwright/test';
import { OWNER, SIGNED_OUT } from './support/accounts';
import { expectNoViolations } from './support/axe';
import { createInvitationLink, MEMBER_PASSWORD, signedOutBrowser, signUpOnInvitationPage, signUpThrough, uniqueSuffix } from './support/team';

// The owner's browser (the setup project's session) manages members; each invitee uses a browser of
// their own without that cookie. Emails are unique per run: test:pg keeps its database between runs.

// Several browsers, page loads and accessibility scans per test on a loaded 2-core machine.
test.describe.configure({ timeout: 90_000 });

test('an invitation link: shown once with its expiry, joined by someone new, then used up', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const link = await createInvitationLink(page, 'editor');
  await expect(page.getByLabel('Invitation link')).toHaveAttribute('readonly', '');
  await expect(page.getByText(/Expires \d{1,2} \w{3} \d{4}/)).toBeVisible();
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expectNoViolations(page);
  // Pending until used; the link itself is never shown again.
  await page.reload();
  await expect(page.getByLabel('Invitation link')).toHaveCount(0);
  expect(await page.content()).not.toContain(link.split('/invite/')[1]);

  const email = `erin-${uniqueSuffix()}@example.test`;
  const invitee = await signedOutBrowser(browser, baseURL);
  try {
    await invitee.page.goto(link);
    await expect(invitee.page.getByRole('heading', { level: 1 })).toHaveText(/^Join .+ as editor$/);
    await expect(invitee.page.getByRole('heading', { name: 'Already have an account? Sign in' })).toBeVisible();
    await expectNoViolations(invitee.page);
    await signUpOnInvitationPage(invitee.page, 'Erin Editor', email);
    const session = (await invitee.context.cookies()).find((cookie) => cookie.name === 'sb_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    // The link worked once: opened again, it says so and offers no form.
    await invitee.page.goto(link);
    await expect(invitee.page.locator('[data-form-alert]')).toContainText('This invitation link was already used');
    await expect(invitee.page.getByRole('button', { name: /join/i })).toHaveCount(0);
  } finally {
    await invitee.context.close();
  }

  await page.goto('/settings/members');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Erin Editor' }) });
  await expect(row).toContainText(email);
  await expect(page.getByLabel(`Role for ${email}`)).toHaveValue('editor');
});

test('a viewer cannot manage members; the owner changes their role, removes them (signed out at once), and a new link lets them sign back in', async ({
  page,
  browser,
  baseURL,
}) => {
  const email = `vic-${uniqueSuffix()}@example.test`;
  const member = await signedOutBrowser(browser, baseURL);
  try {
    await signUpThrough(member.page, await createInvitationLink(page, 'viewer'), 'Vic Viewer', email);
    await member.page.goto('/settings/members');
    await expect(member.page.getByText('Only owners and admins can manage members.')).toBeVisible();
    await expect(member.page.getByRole('button', { name: 'Create invitation link' })).toHaveCount(0);

    await page.goto('/settings/members');
    // The only owner's row offers nothing that would be refused.
    const ownerRow = page.getByRole('row').filter({ hasText: OWNER.email });
    await expect(ownerRow).toContainText('The only owner: a workspace needs one.');
    await expect(page.getByRole('button', { name: `Remove ${OWNER.email}` })).toHaveCount(0);
    await expect(page.getByLabel(`Role for ${OWNER.email}`)).toHaveCount(0);

    await page.getByLabel(`Role for ${email}`).selectOption('editor');
    await page.getByRole('button', { name: `Save the role of ${email}` }).click();
    await expect(page.getByText(`${email} is now editor.`)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(`Role for ${email}`)).toHaveValue('editor');

    await page.getByRole('button', { name: `Remove ${email}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${email} from the workspace?` });
    await dialog.getByRole('button', { name: 'Remove member' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('rowheader', { name: 'Vic Viewer' })).toHaveCount(0);

    // Their session ended with the membership: the next page sends them to sign in.
    await member.page.goto('/integrations/agentic-functions');
    await expect(member.page).toHaveURL(/\/sign-in$/);

    // Invited again, they sign in with the account they already have.
    const again = await createInvitationLink(page, 'viewer');
    await member.page.goto(again);
    const signInForm = member.page.getByRole('region', { name: 'Already have an account? Sign in' });
    await signInForm.getByLabel('Email').fill(email);
    await signInForm.getByLabel('Password').fill(MEMBER_PASSWORD);
    await signInForm.getByRole('button', { name: 'Sign in and join' }).click();
    await expect(member.page.getByRole('heading', { name: 'Agentic Functions', level: 1 })).toBeVisible();
    await expect(member.page.getByRole('region', { name: 'Account' })).toContainText(email);
  } finally {
    await member.context.close();
  }
});

test('removing an admin offers to revoke the API key and the invitation link they made, and then neither works', async ({ page, browser, baseURL, playwright }) => {
  const email = `ada-${uniqueSuffix()}@example.test`;
  const admin = await signedOutBrowser(browser, baseURL);
  const api = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
  try {
    await signUpThrough(admin.page, await createInvitationLink(page, 'admin'), 'Ada Admin', email);
    await admin.page.goto('/settings/api-keys');
    const keyName = `Ada's sync ${uniqueSuffix()}`;
    await admin.page.getByLabel('Name').fill(keyName);
    await admin.page.getByLabel('Role').selectOption('viewer');
    await admin.page.getByRole('button', { name: 'Create API key' }).click();
    const key = await admin.page.getByLabel('New API key').inputValue();
    expect(key).toMatch(/^sb_/);
    const theirLink = await createInvitationLink(admin.page, 'viewer');
    const agents = () => api.get('/api/v1/agents', { headers: { Authorization: `Bearer ${key}` } });
    expect((await agents()).status()).toBe(200);

    await page.goto('/settings/members');
    await page.getByRole('button', { name: `Remove ${email}` }).click();
    const dialog = page.getByRole('dialog', { name: `Remove ${email} from the workspace?` });
    const revoke = dialog.getByLabel(`Also revoke what they created that still works: 1 API key (“${keyName}”) and 1 pending invitation link`, { exact: false });
    await expect(revoke).toBeChecked();
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Remove member' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('rowheader', { name: 'Ada Admin' })).toHaveCount(0);

    expect((await agents()).status()).toBe(401);
    await page.goto('/settings/api-keys');
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: keyName }) })).toContainText('Revoked');
    await admin.page.goto(theirLink);
    await expect(admin.page.locator('[data-form-alert]')).toContainText('This invitation link was revoked.');
  } finally {
    await api.dispose();
    await admin.context.close();
  }
});

test('demoting an admin to editor offers to revoke the admin key they made, and then it no longer works', async ({ page, browser, baseURL, playwright }) => {
  const email = `dee-${uniqueSuffix()}@example.test`;
  const admin = await signedOutBrowser(browser, baseURL);
  const api = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
  try {
    await signUpThrough(admin.page, await createInvitationLink(page, 'admin'), 'Dee Admin', email);
    await admin.page.goto('/settings/api-keys');
    const keyName = `Dee's admin sync ${uniqueSuffix()}`;
    await admin.page.getByLabel('Name').fill(keyName);
    await admin.page.getByLabel('Role').selectOption('admin');
    await admin.page.getByRole('button', { name: 'Create API key' }).click();
    const key = await admin.page.getByLabel('New API key').inputValue();
    const keys = () => api.get('/api/v1/api-keys', { headers: { Authorization: `Bearer ${key}` } });
    expect((await keys()).status()).toBe(200);

    await page.goto('/settings/members');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Dee Admin' }) });
    const revoke = row.getByLabel(`Also revoke what they created that still works: 1 API key (“${keyName}”)`, { exact: false });
    // Only a role that may not administer offers it: an admin could make such a key anyway.
    await expect(revoke).toHaveCount(0);
    await row.getByLabel(`Role for ${email}`).selectOption('editor');
    await expect(revoke).toBeChecked();
    await expectNoViolations(page);
    await row.getByRole('button', { name: `Save the role of ${email}` }).click();
    await expect(row).toContainText(`${email} is now editor. Their 1 API key was revoked.`);

    expect((await keys()).status()).toBe(401);
    await page.goto('/settings/api-keys');
    await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: keyName }) })).toContainText('Revoked');
  } finally {
    await api.dispose();
    await admin.context.close();
  }
});

test('a revoked link and a mistyped one each say why, with no form', async ({ page, browser, baseURL }) => {
  const link = await createInvitationLink(page, 'admin');
  await page.reload();
  const pending = page.getByRole('button', { name: `Revoke admin invitation by ${OWNER.email}` });
  await expect(pending.first()).toBeVisible();
  const before = await pending.count();
  await pending.first().click();
  await page.getByRole('dialog', { name: 'Revoke this admin invitation?' }).getByRole('button', { name: 'Revoke link' }).click();
  await expect(pending).toHaveCount(before - 1);

  const stranger = await signedOutBrowser(browser, baseURL);
  try {
    await stranger.page.goto(link);
    await expect(stranger.page.getByRole('heading', { name: 'This invitation cannot be used', level: 1 })).toBeVisible();
    await expect(stranger.page.locator('[data-form-alert]')).toContainText('This invitation link was revoked.');
    await expect(stranger.page.getByLabel('Password')).toHaveCount(0);

    const response = await stranger.page.goto(`${link.slice(0, -3)}abc`);
    expect(response?.status()).toBe(200);
    await expect(stranger.page.locator('[data-form-alert]')).toContainText('This invitation link is not valid.');
    await expect(stranger.page.getByLabel('Password')).toHaveCount(0);
  } finally {
    await stranger.context.close();
  }
});
