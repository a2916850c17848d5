import { expect, test } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';

test.describe('Review', () => {
  test('filters the table, follows a finding to the function, fixes it, and the finding goes', async ({ page, request }) => {
    const suffix = Date.now();
    const desk = await createAgent(request, { name: `Desk ${suffix}`, description: 'Front desk.' });
    const parcels = await createAgent(request, { name: `Parcels ${suffix}`, description: 'Parcel questions.' });
    const fn = await createHandoff(request, desk.id, parcels.id, 'parcels');
    const label = `${desk.name} → ${parcels.name} (${fn.toolName})`;

    await page.goto('/integrations/agentic-functions');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Review' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
    await expect(page.getByLabel('Workspace counts')).toContainText('Findings');

    // Search, then narrow to the agent: both land in the URL.
    await page.getByLabel('Search').fill(String(suffix));
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]q=${suffix}`));
    await page.getByLabel('Agent', { exact: true }).selectOption({ label: desk.name });
    await expect(page).toHaveURL(new RegExp(`agent=${desk.id}`));
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(table.getByRole('row', { name: new RegExp(desk.name) })).toContainText(fn.toolName);

    // The shared link opens the same view.
    await page.goto(page.url());
    await expect(page.getByLabel('Agent', { exact: true })).toHaveValue(desk.id);
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);

    const finding = page.getByRole('list', { name: 'Findings' }).getByRole('listitem').filter({ hasText: `Vague description: ${label}` });
    await expect(finding).toContainText('Too short to be specific (1 word)');
    await finding.getByRole('link', { name: `Edit ${label}` }).click();

    await expect(page).toHaveURL(new RegExp(`/integrations/agentic-functions/${desk.id}#fn-${fn.id}$`));
    const row = page.locator(`#fn-${fn.id}`);
    await expect(row).toBeVisible();
    // Followed inside the app, the link still marks the row it meant (CSS :target would not).
    await expect(row).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('li[aria-current="true"]')).toHaveCount(1);
    await row.getByRole('button', { name: `Edit Agent Handoff to ${parcels.name}` }).click();
    await page.getByLabel('Description').fill('Hand off when the customer asks where their parcel is or wants to change a delivery.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.goto(`/review?agent=${desk.id}`);
    await expect(page.getByRole('table')).toContainText('where their parcel is');
    await expect(page.getByText(`Vague description: ${label}`)).toHaveCount(0);
    // Desk is an entry point (it hands off, nothing leads to it): nothing else to report about it.
    await expect(page.getByText('No findings in this view.')).toBeVisible();
    // Parcels only receives conversations: reported as information, not as an error.
    await page.goto(`/review?agent=${parcels.id}`);
    await expect(page.getByRole('list', { name: 'Findings' }).getByRole('listitem')).toHaveText([new RegExp(`Info · No way back.*No way back from ${parcels.name}`)]);
  });

  test('a description that names another agent than its target is a finding, fixed from its link', async ({ page, request }) => {
    const suffix = Date.now();
    const front = await createAgent(request, { name: `Front ${suffix}`, description: 'Front door.' });
    const ledger = await createAgent(request, { name: `Ledger ${suffix}`, description: 'Invoices and payments.' });
    const deals = await createAgent(request, { name: `Deals ${suffix}`, description: 'Prices and upgrades.' });
    const fn = await createHandoff(request, front.id, deals.id, `Hand off to ledger ${suffix} when the customer asks about upgrading their plan.`);
    const label = `${front.name} → ${deals.name} (${fn.toolName})`;
    const message = `This description names ${ledger.name}, but the Target Agent is ${deals.name}.`;

    await page.goto(`/review?agent=${front.id}`);
    const finding = page.getByRole('list', { name: 'Findings' }).getByRole('listitem').filter({ hasText: `Names another agent: ${label}` });
    await expect(finding).toContainText('Warning · Names another agent');
    await expect(finding).toContainText(message);
    await finding.getByRole('link', { name: `Edit ${label}` }).click();

    await expect(page).toHaveURL(new RegExp(`/integrations/agentic-functions/${front.id}#fn-${fn.id}$`));
    await page.locator(`#fn-${fn.id}`).getByRole('button', { name: `Edit Agent Handoff to ${deals.name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Agent Handoff' });
    // The dialog's coach says the same, and stops once the description names the target.
    await expect(dialog.getByText(message)).toBeVisible();
    await dialog.getByLabel('Description').fill(`Hand off to deals ${suffix} when the customer asks about upgrading their plan.`);
    await expect(dialog.getByText(/This description names/)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await page.goto(`/review?agent=${front.id}`);
    await expect(page.getByRole('table')).toContainText(`Hand off to deals ${suffix}`);
    await expect(page.getByText(`Names another agent: ${label}`)).toHaveCount(0);
  });

  test('sorts by a column, and the sort is part of the URL', async ({ page }) => {
    await page.goto('/review');
    const header = page.getByRole('columnheader', { name: /Last changed/ });
    await header.getByRole('link').click();
    await expect(page).toHaveURL(/sort=changed/);
    await expect(page.getByRole('columnheader', { name: /Last changed/ })).toHaveAttribute('aria-sort', 'ascending');
    await page.getByRole('columnheader', { name: /Last changed/ }).getByRole('link').click();
    await expect(page).toHaveURL(/sort=changed&dir=desc/);
    await expect(page.getByRole('columnheader', { name: /Last changed/ })).toHaveAttribute('aria-sort', 'descending');
    await page.reload();
    await expect(page.getByRole('columnheader', { name: /Last changed/ })).toHaveAttribute('aria-sort', 'descending');
  });

  test('the handoff map draws the seeded routes, describes them, and opens an agent on click', async ({ page }) => {
    await page.goto('/review');
    await page.getByRole('navigation', { name: 'Review' }).getByRole('link', { name: 'Handoff map' }).click();
    await expect(page).toHaveURL(/\/review\/map$/);

    const routes = page.getByRole('list', { name: 'Routes' });
    await expect(routes).toContainText('General Support → Billing via transfer_to_billing: Hand off to the billing agent when the customer asks about invoices');
    await expect(routes).toContainText('General Support → Technical Support via transfer_to_technical_support:');

    const map = page.getByRole('group', { name: 'Handoff map' });
    const toBilling = map.getByRole('link', { name: /^General Support → Billing via transfer_to_billing/ });
    await expect(toBilling).toBeVisible();
    // Hover its label (the middle of a curved arrow's box may be empty canvas).
    await toBilling.getByText('transfer_to_billing', { exact: true }).hover();
    await expect(page.locator('figcaption')).toContainText('General Support → Billing via transfer_to_billing: Hand off to the billing agent');
    await map.getByRole('link', { name: /^General Support → Technical Support via/ }).focus();
    await expect(page.locator('figcaption')).toContainText('when the customer reports an error message');

    await map.getByRole('link', { name: 'Billing: open its functions' }).click();
    await expect(page).toHaveURL(/\/integrations\/agentic-functions\/agt_/);
    await expect(page.getByRole('heading', { level: 1, name: 'Billing' })).toBeVisible();
  });
});
