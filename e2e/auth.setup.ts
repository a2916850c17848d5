import { expect, test as setup } from '@playwright/test';
import { LLM_APP_OWNER, llmOwnerStatePath, OWNER, ownerStatePath } from './support/accounts';

// Runs before every other project (playwright.config.ts): a new install goes through first-run setup in
// the browser, and the signed-in state it ends with is what the other specs start from.

setup('first run: the setup page creates the owner and their workspace, signed in', async ({ page }) => {
  await page.goto('/');
  if (page.url().endsWith('/setup')) {
    await expect(page.getByRole('heading', { name: 'Set up Switchboard' })).toBeVisible();
    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await expect(page.getByLabel('Workspace name')).toHaveValue('Demo workspace');
    await page.getByRole('button', { name: 'Create owner account' }).click();
  } else {
    // A database kept from an earlier run (test:pg reuses its server): the owner exists, sign in.
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password').fill(OWNER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await expect(page.getByRole('heading', { name: 'Agentic Functions', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Account' })).toContainText(OWNER.email);
  // Setup is a one-time door: afterwards it sends people to sign in.
  await page.goto('/setup');
  await expect(page).not.toHaveURL(/\/setup$/);
  await page.context().storageState({ path: ownerStatePath() });
});

setup('headless first start: the INIT_* owner signs in and no setup page is shown', async ({ browser }) => {
  const llmAppURL = `http://127.0.0.1:${process.env.E2E_LLM_APP_PORT}`;
  const context = await browser.newContext({ baseURL: llmAppURL });
  const page = await context.newPage();
  await page.goto('/setup');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email').fill(LLM_APP_OWNER.email);
  await page.getByLabel('Password').fill(LLM_APP_OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Agentic Functions', level: 1 })).toBeVisible();
  await context.storageState({ path: llmOwnerStatePath() });
  await context.close();
});
