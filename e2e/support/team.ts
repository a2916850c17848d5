import { expect, type Browser, type Page } from '@playwright/test';
import { SIGNED_OUT } from './accounts';

/** The password every invited test member chooses. */
export const MEMBER_PASSWORD = 'a passphrase long enough';

/** Unique per run: test:pg keeps its database between runs, and emails are unique. */
export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The owner (`page`, the setup project's session) makes a link for `role` on the members page. */
export async function createInvitationLink(page: Page, role: 'admin' | 'editor' | 'viewer'): Promise<string> {
  await page.goto('/settings/members');
  await page.getByLabel('Role', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Create invitation link' }).click();
  const field = page.getByLabel('Invitation link');
  await expect(field).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return field.inputValue();
}

/** A browser of the invitee's own, without the owner's cookie. */
export async function signedOutBrowser(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  return { context, page: await context.newPage() };
}

/** On an invitation page already open, signed out: creates the account through its form; ends signed in, in the workspace. */
export async function signUpOnInvitationPage(page: Page, name: string, email: string): Promise<void> {
  const form = page.getByRole('region', { name: 'Create your account' });
  await form.getByLabel('Name').fill(name);
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(MEMBER_PASSWORD);
  await form.getByRole('button', { name: 'Create account and join' }).click();
  await expect(page.getByRole('heading', { name: 'Agentic Functions', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Account' })).toContainText(email);
}

/** Opens the invitation link and creates the account through it; ends signed in, in the workspace. */
export async function signUpThrough(page: Page, link: string, name: string, email: string): Promise<void> {
  await page.goto(link);
  await signUpOnInvitationPage(page, name, email);
}

/** A new member with `role`, invited by the owner's `page`, signed in in a browser of their own. */
export async function inviteMember(page: Page, browser: Browser, baseURL: string | undefined, role: 'admin' | 'editor' | 'viewer') {
  const email = `${role}-${uniqueSuffix()}@example.test`;
  const link = await createInvitationLink(page, role);
  const member = await signedOutBrowser(browser, baseURL);
  await signUpThrough(member.page, link, `Test ${role}`, email);
  return { ...member, email };
}
