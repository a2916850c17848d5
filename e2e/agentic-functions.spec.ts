import { expect, test, type Page } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';

/** Each test gets its own pair of agents, so tests never see each other's functions. */
const createAgentViaApi = (page: Page, name: string, description: string) => createAgent(page.request, { name, description, greeting: `Hi, ${name} here.` });

async function openAgentFunctions(page: Page, agentName: string) {
  await page.goto('/agents');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations', exact: true }).click();
  await page.getByRole('link', { name: /Agentic Functions/ }).first().click();
  await page.getByRole('link', { name: new RegExp(`^${agentName}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: agentName })).toBeVisible();
}

const during = (page: Page) => page.getByRole('region', { name: 'During-Session Functions' });

test.describe('Agentic Functions', () => {
  test('adds an Agent Handoff exactly as the spec’s steps read, and it persists', async ({ page }) => {
    const suffix = Date.now();
    const from = await createAgentViaApi(page, `Front Desk ${suffix}`, 'Greets guests.');
    const to = await createAgentViaApi(page, `Invoices ${suffix}`, 'Handles invoices and payments.');

    // 1. Integrations → Agentic Functions → select the agent.
    await openAgentFunctions(page, from.name);
    await expect(page).toHaveURL(new RegExp(`/integrations/agentic-functions/${from.id}$`));
    for (const phase of ['Pre-Session Functions', 'During-Session Functions', 'Post-Session Functions']) {
      await expect(page.getByRole('heading', { name: phase })).toBeVisible();
    }

    // 2. Under During-Session Functions, + Add Function → Agent Handoff.
    await during(page).getByRole('button', { name: 'Add Function' }).click();
    const dialog = page.getByRole('dialog', { name: /Add Function/ });
    await dialog.getByRole('button', { name: 'Agent Handoff' }).click();

    // 3. Target Agent (never the agent itself).
    const target = page.getByLabel('Target Agent');
    await expect(target.locator('option', { hasText: from.name })).toHaveCount(0);
    await target.selectOption({ label: to.name });

    // 4. Description, with the coach advising while typing.
    const description = page.getByLabel('Description');
    await description.fill('billing');
    await expect(page.getByText(/Too short to be specific/)).toBeVisible();
    await description.fill('Hand off to the billing agent when the customer asks about invoices or payments.');
    await expect(page.getByText(/Too short to be specific/)).toHaveCount(0);
    await expect(page.getByText('80 / 1000')).toBeVisible();

    // 5. Save: the dialog closes and the list shows the new function without a reload.
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const row = during(page).getByRole('listitem', { name: `Agent Handoff to ${to.name}` });
    await expect(row).toContainText('when the customer asks about invoices or payments');
    await expect(row).toContainText(`transfer_to_invoices_${suffix}`);

    await page.reload();
    await expect(during(page).getByRole('listitem', { name: `Agent Handoff to ${to.name}` })).toBeVisible();

    // View tool shows the exact JSON the LLM receives.
    await row.getByRole('button', { name: /View tool/ }).click();
    const tool = page.getByRole('dialog', { name: `Tool transfer_to_invoices_${suffix}` });
    const json = JSON.parse((await tool.getByLabel('Tool definition').textContent()) ?? '{}');
    expect(json).toMatchObject({
      type: 'function',
      function: { name: `transfer_to_invoices_${suffix}`, description: 'Hand off to the billing agent when the customer asks about invoices or payments.' },
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await tool.getByRole('button', { name: 'Copy JSON' }).click();
    await expect(tool.getByRole('status')).toHaveText('Copied to clipboard.');
    expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(json);
    await page.keyboard.press('Escape');
    await expect(tool).toHaveCount(0);

    // A second handoff to the same target is refused, pointing at the first.
    await during(page).getByRole('button', { name: 'Add Function' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' }).click();
    await page.getByLabel('Target Agent').selectOption({ label: to.name });
    await page.getByLabel('Description').fill('Hand off when the customer asks about receipts.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Target Agent')).toHaveAccessibleDescription(/already hands off to .* \(transfer_to_invoices_/);
    // Said once, under the field; beside Save only a pointer to it.
    await expect(page.getByRole('dialog').getByText(/already hands off to/)).toHaveCount(1);
    await expect(page.getByRole('alert').filter({ hasText: 'The function was not saved: see the highlighted field.' })).toBeVisible();
    // Cancel closes the dialog, as it does in Edit.
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('by keyboard: Add Function focuses the first type, choosing it focuses Target Agent', async ({ page }) => {
    const suffix = Date.now();
    const from = await createAgentViaApi(page, `Desk ${suffix}`, 'Front door.');
    const to = await createAgentViaApi(page, `Refunds ${suffix}`, 'Refunds.');
    await page.goto(`/integrations/agentic-functions/${from.id}`);
    await during(page).getByRole('button', { name: 'Add Function' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /Add Function/ });
    await expect(dialog.getByRole('button', { name: 'Agent Handoff' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Add Agent Handoff' }).getByLabel('Target Agent')).toBeFocused();
    await page.getByLabel('Target Agent').selectOption({ label: to.name });
    await page.getByLabel('Description').fill('Hand off when the customer asks for a refund.');
    await page.getByLabel('Description').press('Enter');
    await expect(page.getByLabel('Description')).toHaveValue('Hand off when the customer asks for a refund.\n');
    await page.getByRole('button', { name: 'Save' }).press('Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(during(page).getByRole('listitem', { name: `Agent Handoff to ${to.name}` })).toBeVisible();
  });

  test('keeps the chosen target and shows a field error for an empty description', async ({ page }) => {
    const suffix = Date.now();
    const from = await createAgentViaApi(page, `Lobby ${suffix}`, 'Front door.');
    const to = await createAgentViaApi(page, `Claims ${suffix}`, 'Insurance claims.');
    await page.goto(`/integrations/agentic-functions/${from.id}`);
    await during(page).getByRole('button', { name: 'Add Function' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' }).click();
    await page.getByLabel('Target Agent').selectOption({ label: to.name });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('Description')).toHaveAccessibleDescription(/Write a Description/);
    await expect(page.getByLabel('Target Agent')).toHaveValue(to.id);
    const list = await page.request.get(`/api/v1/agents/${from.id}/functions`);
    expect((await list.json()).functions).toEqual([]);
  });

  test('shows Agent Handoff unavailable outside During-Session, with the reason', async ({ page }) => {
    await page.goto('/integrations/agentic-functions');
    await page.getByRole('link', { name: /^General Support/ }).click();
    for (const phase of ['Pre-Session Functions', 'Post-Session Functions']) {
      await page.getByRole('region', { name: phase }).getByRole('button', { name: 'Add Function' }).click();
      const option = page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' });
      await expect(option).toBeDisabled();
      await expect(option).toHaveAccessibleDescription('Agent Handoff is available During-Session only.');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);
    }
  });

  test('edits, disables and deletes a handoff', async ({ page }) => {
    const suffix = Date.now();
    const from = await createAgentViaApi(page, `Hub ${suffix}`, 'Hub.');
    const to = await createAgentViaApi(page, `Shipping ${suffix}`, 'Shipping questions.');
    await page.request.post(`/api/v1/agents/${from.id}/functions`, {
      data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: to.id, description: 'Hand off when the customer asks where the parcel is.' } },
    });
    await page.goto(`/integrations/agentic-functions/${from.id}`);
    const title = `Agent Handoff to ${to.name}`;
    const row = () => during(page).getByRole('listitem', { name: title });

    await row().getByRole('button', { name: `Edit ${title}` }).click();
    await page.getByLabel('Description').fill('Hand off when the customer asks where their parcel or delivery is.');
    await page.getByText('Advanced').click();
    await page.getByLabel('Transfer message').fill('Connecting you to shipping…');
    await page.getByLabel('Last N messages').check();
    await page.getByLabel('Number of messages').fill('6');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(row()).toContainText('where their parcel or delivery is');
    const saved = (await (await page.request.get(`/api/v1/agents/${from.id}/functions`)).json()).functions[0];
    expect(saved.config).toMatchObject({ transferMessage: 'Connecting you to shipping…', context: { mode: 'last_n', lastN: 6 } });

    const toggle = row().getByRole('switch', { name: `Enabled: ${title}` });
    await expect(toggle).toHaveAttribute('aria-checked', 'true');
    await toggle.click();
    await expect(row().getByRole('switch')).toHaveAttribute('aria-checked', 'false');
    await expect(row()).toContainText('Disabled');
    await page.reload();
    await expect(row().getByRole('switch')).toHaveAttribute('aria-checked', 'false');

    await row().getByRole('button', { name: `Delete ${title}` }).click();
    await page.getByRole('dialog', { name: `Delete the handoff to ${to.name}?` }).getByRole('button', { name: 'Delete' }).click();
    await expect(row()).toHaveCount(0);
    await expect(during(page)).toContainText('No functions yet.');
  });

  test('a stale edit says so, keeps the typed text, and can load the latest version', async ({ page }) => {
    const suffix = Date.now();
    const from = await createAgentViaApi(page, `Desk ${suffix}`, 'Desk.');
    const to = await createAgentViaApi(page, `Refunds ${suffix}`, 'Refunds.');
    const created = await (
      await page.request.post(`/api/v1/agents/${from.id}/functions`, {
        data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: to.id, description: 'Hand off when the customer wants a refund.' } },
      })
    ).json();
    await page.goto(`/integrations/agentic-functions/${from.id}`);
    const title = `Agent Handoff to ${to.name}`;
    await during(page).getByRole('button', { name: `Edit ${title}` }).click();
    await page.getByLabel('Description').fill('My edit: hand off when the customer asks for money back.');

    // Meanwhile someone else saves the function through the API.
    const patch = await page.request.patch(`/api/v1/functions/${created.id}`, {
      data: { version: 1, config: { description: 'Their edit: hand off when the customer asks about refunds of any order.' } },
    });
    expect(patch.status()).toBe(200);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('changed by someone else');
    await expect(page.getByLabel('Description')).toHaveValue('My edit: hand off when the customer asks for money back.');

    await page.getByRole('button', { name: 'Reload latest version' }).click();
    await expect(page.getByLabel('Description')).toHaveValue('Their edit: hand off when the customer asks about refunds of any order.');
    await page.getByLabel('Description').fill('Merged: hand off when the customer asks for a refund or money back.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(during(page)).toContainText('Merged: hand off when the customer asks for a refund or money back.');
  });

  test('after a stale edit, "Save mine over it" saves the typed text as the next version', async ({ page }) => {
    const suffix = Date.now();
    const from = await createAgentViaApi(page, `Desk ${suffix}`, 'Desk.');
    const to = await createAgentViaApi(page, `Refunds ${suffix}`, 'Refunds.');
    const created = await createHandoff(page.request, from.id, to.id, 'Hand off when the customer wants a refund.');
    await page.goto(`/integrations/agentic-functions/${from.id}`);
    await during(page).getByRole('button', { name: `Edit Agent Handoff to ${to.name}` }).click();
    await page.getByLabel('Description').fill('Mine: hand off when the customer asks for money back.');
    const theirs = await page.request.patch(`/api/v1/functions/${created.id}`, { data: { version: 1, config: { description: 'Theirs: refunds of any order.' } } });
    expect(theirs.status()).toBe(200);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toContainText('What you typed is still here');
    await page.getByRole('button', { name: 'Save mine over it' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    const saved = await (await page.request.get(`/api/v1/functions/${created.id}`)).json();
    expect(saved).toMatchObject({ version: 3, config: { description: 'Mine: hand off when the customer asks for money back.' } });
    await expect(during(page)).toContainText('Mine: hand off when the customer asks for money back.');
  });
});

test('the Add Function dialog works from the keyboard alone: focus stays inside, Escape returns it', async ({ page }) => {
  await page.goto('/integrations/agentic-functions');
  await page.getByRole('link', { name: /^General Support/ }).click();
  const add = during(page).getByRole('button', { name: 'Add Function' });
  await add.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: /Add Function/ });
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  for (let i = 0; i < 8; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }
  await dialog.getByRole('button', { name: 'Agent Handoff' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Target Agent')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(add).toBeFocused();
});
