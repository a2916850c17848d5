import { expect, test, type APIRequestContext } from '@playwright/test';
import { OWNER, SIGNED_OUT } from './support/accounts';
import { expectNoViolations } from './support/axe';

// The owner's browser (the setup project's session) manages keys; the keys are used from a request
// context without that cookie, as a script or CI job would.

const agentsWith = (api: APIRequestContext, key: string) => api.get('/api/v1/agents', { headers: { Authorization: `Bearer ${key}` } });

test('create a key in the UI, shown once; it works as a Bearer key with its role; revoked in the UI, the same call is a 401', async ({ page, context, playwright, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/settings/api-keys');
  await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();

  await page.getByLabel('Name').fill('Nightly export');
  await page.getByLabel('Role').selectOption('viewer');
  await page.getByRole('button', { name: 'Create API key' }).click();
  const field = page.getByLabel('New API key');
  await expect(field).toHaveValue(/^sb_[A-Za-z0-9_-]{43}$/);
  await expect(field).toHaveAttribute('readonly', '');
  const key = await field.inputValue();
  await expect(page.getByRole('alert').filter({ hasText: 'it will not be shown again' })).toBeVisible();
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  // The form is empty again for the next key.
  await expect(page.getByLabel('Name')).toHaveValue('');
  await expectNoViolations(page);

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Nightly export', exact: true }) });
  await expect(row).toContainText('Viewer');
  await expect(row).toContainText(`${key.slice(0, 7)}…`);
  await expect(row).toContainText(OWNER.email);
  await expect(row).toContainText('never');
  await expect(row).toContainText('Active');

  // Done takes it off the screen; shown once: a reload has the row, never the secret.
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByLabel('New API key')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('New API key')).toHaveCount(0);
  await expect(row).toBeVisible();
  expect(await page.content()).not.toContain(key.slice(7));

  const api = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
  try {
    expect((await api.get('/api/v1/agents')).status()).toBe(401);
    expect((await agentsWith(api, key)).status()).toBe(200);
    const write = await api.post('/api/v1/agents', { headers: { Authorization: `Bearer ${key}` }, data: { name: 'Not allowed', description: 'A viewer key may not.' } });
    expect(write.status()).toBe(403);
    expect((await write.json()).error).toMatchObject({ code: 'forbidden' });

    await page.reload();
    await expect(row).not.toContainText('never');

    await page.getByRole('button', { name: 'Revoke Nightly export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the API key “Nightly export”?' });
    await expect(dialog).toContainText(`${key.slice(0, 7)}…`);
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Revoke key' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('Revoked');
    await expect(page.getByRole('button', { name: 'Revoke Nightly export' })).toHaveCount(0);

    const refused = await agentsWith(api, key);
    expect(refused.status()).toBe(401);
    expect(refused.headers()['www-authenticate']).toBe('Bearer');
  } finally {
    await api.dispose();
  }
});

test('a bad name is refused on the field and no key is shown', async ({ page }) => {
  await page.goto('/settings/api-keys');
  await page.getByLabel('Name').fill('   ');
  await page.getByRole('button', { name: 'Create API key' }).click();
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Name is required.')).toBeVisible();
  await expect(page.getByLabel('New API key')).toHaveCount(0);
});

test("POST /api/v1/api-keys with the owner's session answers the key once; it works until DELETE", async ({ request, playwright, baseURL }) => {
  const created = await request.post('/api/v1/api-keys', { headers: { Origin: baseURL! }, data: { name: 'Provisioned', role: 'editor' } });
  expect(created.status()).toBe(201);
  const { id, key, apiKey } = await created.json();
  expect(apiKey).toMatchObject({ id, name: 'Provisioned', role: 'editor', createdBy: OWNER.email, revokedAt: null });
  expect(apiKey).not.toHaveProperty('keyHash');

  const listed = await request.get('/api/v1/api-keys');
  expect(listed.status()).toBe(200);
  expect(await listed.text()).not.toContain(key.slice(7));

  const api = await playwright.request.newContext({ baseURL, storageState: SIGNED_OUT });
  try {
    expect((await agentsWith(api, key)).status()).toBe(200);
    // An editor key changes agents but not keys.
    expect((await api.get('/api/v1/api-keys', { headers: { Authorization: `Bearer ${key}` } })).status()).toBe(403);
    expect((await request.delete(`/api/v1/api-keys/${id}`, { headers: { Origin: baseURL! } })).status()).toBe(204);
    expect((await agentsWith(api, key)).status()).toBe(401);
  } finally {
    await api.dispose();
  }
});
