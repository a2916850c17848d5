import { expect, test } from '@playwright/test';

test.describe('Agents', () => {
  test('shows the demo workspace and the app shell', async ({ page }) => {
    await page.goto('/agents');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const item of ['Agents', 'Integrations', 'Agentic Functions', 'Test Chat', 'Review']) {
      await expect(nav.getByRole('link', { name: item, exact: true })).toBeVisible();
    }
    for (const name of ['General Support', 'Billing', 'Technical Support', 'Sales', 'Returns']) {
      await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: '2 functions of General Support' })).toBeVisible();
  });

  test('links in view or under the pointer are not prefetched, and a click still navigates', async ({ page }) => {
    // A prefetch is a request for a page's React Server Components payload made before anyone clicks.
    const early: string[] = [];
    let clicked = false;
    page.on('request', (request) => {
      if (!clicked && (request.headers()['rsc'] || new URL(request.url()).searchParams.has('_rsc'))) early.push(request.url());
    });
    await page.goto('/agents');
    const billing = page.getByRole('link', { name: /functions of Billing$/ });
    await billing.hover();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review', exact: true }).hover();
    await page.waitForLoadState('networkidle');
    expect(early).toEqual([]);

    clicked = true;
    await billing.click();
    await expect(page).toHaveURL(/\/integrations\/agentic-functions\/agt_/);
    await expect(page.getByRole('heading', { name: /Billing/ }).first()).toBeVisible();
  });

  test('create, validation error, edit, refused delete and delete', async ({ page }) => {
    const name = `Loyalty ${Date.now()}`;
    await page.goto('/agents');
    await page.getByRole('link', { name: 'New agent' }).click();

    // Validation: empty description is refused inline and the typed name is kept.
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create agent' }).click();
    await expect(page.getByLabel('Description')).toHaveAccessibleDescription(/Describe what this agent is for/);
    await expect(page.getByLabel('Name')).toHaveValue(name);

    await page.getByLabel('Description').fill('Manages points, tiers and member perks.');
    await page.getByLabel('Greeting').fill('Hi, Loyalty here.');
    await page.getByRole('button', { name: 'Create agent' }).click();
    await expect(page).toHaveURL(/\/agents\?saved=/);
    await expect(page.getByRole('rowheader', { name })).toBeVisible();

    // A duplicate name is refused on the field.
    await page.getByRole('link', { name: 'New agent' }).click();
    await page.getByLabel('Name').fill(name.toUpperCase());
    await page.getByLabel('Description').fill('Duplicate');
    await page.getByRole('button', { name: 'Create agent' }).click();
    await expect(page.getByLabel('Name')).toHaveAccessibleDescription(/already exists/);

    // Edit.
    await page.goto('/agents');
    await page.getByRole('link', { name: `Edit ${name}` }).click();
    await page.getByLabel('Greeting').fill('Welcome to Loyalty!');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(`Saved ${name}.`)).toBeVisible();
    await page.getByRole('link', { name: `Edit ${name}` }).click();
    await expect(page.getByLabel('Greeting')).toHaveValue('Welcome to Loyalty!');

    // Delete.
    await page.getByRole('button', { name: 'Delete agent' }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${name}?` });
    await dialog.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(page.getByText('Agent deleted.')).toBeVisible();
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
  });

  test('refuses to delete an agent that a handoff targets, naming the handoff', async ({ page }) => {
    await page.goto('/agents');
    await page.getByRole('link', { name: 'Edit Billing' }).click();
    await page.getByRole('button', { name: 'Delete agent' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Billing?' });
    await dialog.getByRole('button', { name: 'Delete Billing' }).click();
    await expect(dialog.getByRole('alert')).toContainText('General Support → Billing (transfer_to_billing)');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.goto('/agents');
    await expect(page.getByRole('rowheader', { name: 'Billing', exact: true })).toBeVisible();
  });
});

test('a link to something that no longer exists shows a helpful 404 inside the app', async ({ page }) => {
  const response = await page.goto('/integrations/agentic-functions/agt_gone');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Agentic Functions' }).last().click();
  await expect(page).toHaveURL(/\/integrations\/agentic-functions$/);
});
