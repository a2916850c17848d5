import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { createAgent } from './support/api';

/** An agent named `name`, with a one-line description. */
const namedAgent = (request: APIRequestContext, name: string) => createAgent(request, { name, description: `${name} agent.` });

const during = (page: Page) => page.getByRole('region', { name: 'During-Session Functions' });

// Three hints at once: too short, no trigger, nothing about what the customer asks.
const VAGUE = 'billing stuff';

/** Shows the coach's three hints and opens Advanced with its tallest choice, the dialog at its longest. */
async function fillToTheLongest(dialog: Locator) {
  await dialog.getByLabel('Description').fill(VAGUE);
  await expect(dialog.getByText(/Too short to be specific/)).toBeVisible();
  await expect(dialog.getByText(/No trigger condition/)).toBeVisible();
  await expect(dialog.getByText(/Says nothing about what the customer asks/)).toBeVisible();
  await dialog.getByText('Advanced').click();
  await dialog.getByLabel('Last N messages').check();
  await dialog.getByLabel('Number of messages').fill('6');
}

/** The header and both buttons are fully on screen, and what does not fit scrolls inside the dialog. */
async function expectButtonsInView(page: Page, dialog: Locator) {
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
  // The last field can be brought into view by scrolling the dialog's body, and the buttons stay.
  await dialog.getByLabel('Number of messages').scrollIntoViewIfNeeded();
  await expect(dialog.getByLabel('Number of messages')).toBeInViewport({ ratio: 1 });
  await expect(dialog.getByRole('button', { name: 'Save' })).toBeInViewport({ ratio: 1 });
  // …and it fits the window's width, with a margin all round.
  const box = await dialog.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.x).toBeGreaterThan(0);
  expect(box.x + box.width).toBeLessThan(viewport.width);
  expect(box.y).toBeGreaterThan(0);
  expect(box.y + box.height).toBeLessThan(viewport.height);
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`Add/Edit dialog at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('Add: Save and Cancel stay in view with the hints shown and Advanced open, and Save still saves', async ({ page }) => {
      const suffix = Date.now();
      const from = await namedAgent(page.request, `Atrium ${suffix}`);
      const to = await namedAgent(page.request, `Ledger ${suffix}`);
      await page.goto(`/integrations/agentic-functions/${from.id}`);
      await during(page).getByRole('button', { name: 'Add Function' }).click();
      await page.getByRole('dialog', { name: /Add Function/ }).getByRole('button', { name: 'Agent Handoff' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add Agent Handoff' });
      await dialog.getByLabel('Target Agent').selectOption({ label: to.name });
      await fillToTheLongest(dialog);
      await expectButtonsInView(page, dialog);

      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await expect(during(page).getByRole('listitem', { name: `Agent Handoff to ${to.name}` })).toContainText(VAGUE);
    });

    test('Edit: Save and Cancel stay in view with the hints shown and Advanced open', async ({ page }) => {
      const suffix = Date.now();
      const from = await namedAgent(page.request, `Foyer ${suffix}`);
      const to = await namedAgent(page.request, `Parcels ${suffix}`);
      const created = await page.request.post(`/api/v1/agents/${from.id}/functions`, {
        data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: to.id, description: 'Hand off when the customer asks where their parcel is.' } },
      });
      expect(created.status()).toBe(201);
      await page.goto(`/integrations/agentic-functions/${from.id}`);
      await during(page).getByRole('button', { name: `Edit Agent Handoff to ${to.name}` }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit Agent Handoff' });
      await fillToTheLongest(dialog);
      await expectButtonsInView(page, dialog);

      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(page.getByRole('dialog')).toHaveCount(0);
    });
  });
}

test('the coach flags a description that names another agent than the Target Agent, and follows the target as it changes', async ({ page }) => {
  // The seeded workspace, the issue's own case; nothing is saved.
  await page.goto('/integrations/agentic-functions');
  await page.getByRole('link', { name: /^General Support/ }).click();
  await during(page).getByRole('button', { name: 'Add Function' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Agent Handoff' });
  await dialog.getByLabel('Target Agent').selectOption({ label: 'Sales' });
  await dialog.getByLabel('Description').fill('Hand off to billing when the customer asks about upgrading their plan.');
  const hint = dialog.getByText('This description names Billing, but the Target Agent is Sales.', { exact: false });
  await expect(hint).toBeVisible();

  await dialog.getByLabel('Target Agent').selectOption({ label: 'Billing' });
  await expect(dialog.getByText(/This description names/)).toHaveCount(0);
  await dialog.getByLabel('Target Agent').selectOption({ label: 'Sales' });
  await expect(hint).toBeVisible();
  // Naming the target instead settles it.
  await dialog.getByLabel('Description').fill('Hand off to sales when the customer asks about upgrading their plan.');
  await expect(dialog.getByText(/This description names/)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
