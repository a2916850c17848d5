import { expect, test } from '@playwright/test';
import { OWNER, SIGNED_OUT } from './support/accounts';

// Each test signs in on its own, in a browser without the shared owner session: signing out ends the
// session it signed out of, and the other specs' session must outlive this file.
test.use({ storageState: SIGNED_OUT });

test('a visitor is sent to sign in; the API answers 401; a wrong password says so and keeps the email', async ({ page, request }) => {
  await page.goto('/review');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  const anonymous = await request.get('/api/v1/agents');
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toMatchObject({ code: 'unauthenticated' });
  const write = await request.patch('/api/v1/agents/agt_anything', { data: { name: 'x' } });
  expect(write.status()).toBe(401);

  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong email or password.' })).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(OWNER.email);
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('sign in, work, sign out: the cookie is http-only and SameSite, and after sign-out it opens nothing', async ({ page, context }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Agentic Functions', level: 1 })).toBeVisible();

  const session = (await context.cookies()).find((cookie) => cookie.name === 'sb_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('sb_session');
  const signedIn = await page.request.get('/api/v1/agents');
  expect(signedIn.status()).toBe(200);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/integrations/agentic-functions');
  await expect(page).toHaveURL(/\/sign-in$/);

  // The old token is dead on the server too, not just forgotten by this browser.
  const replayed = await page.request.get('/api/v1/agents', { headers: { cookie: `sb_session=${session!.value}` } });
  expect(replayed.status()).toBe(401);
});
