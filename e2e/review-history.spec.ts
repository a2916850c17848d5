import { expect, test } from '@playwright/test';
import { createAgent } from './support/api';

test('history shows an edit word by word and restores the earlier version', async ({ page, request }) => {
  const suffix = Date.now();
  const agent = (name: string) => createAgent(request, { name, description: `${name} agent` });
  const from = await agent(`Concierge ${suffix}`);
  const to = await agent(`Bookings ${suffix}`);
  const created = await request.post(`/api/v1/agents/${from.id}/functions`, {
    data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: to.id, description: 'Hand off when the guest asks to book a table.' } },
  });
  const fn = (await created.json()) as { id: string; toolName: string };
  const patched = await request.patch(`/api/v1/functions/${fn.id}`, {
    data: { version: 1, config: { description: 'Hand off when the guest asks to cancel a booking.' } },
  });
  expect(patched.status()).toBe(200);

  // From the review table to the function's history.
  await page.goto(`/review?q=${suffix}`);
  await page.getByRole('link', { name: `History of ${from.name} → ${to.name} (${fn.toolName})` }).click();
  await expect(page.getByRole('heading', { name: `History of ${from.name} → ${to.name} (${fn.toolName})` })).toBeVisible();

  const history = page.getByRole('list', { name: 'History' });
  const entries = history.getByRole('listitem', { name: /^(Created|Updated|Restored)/ });
  await expect(entries).toHaveCount(2);
  const edit = history.getByRole('listitem', { name: /^Updated/ });
  await expect(edit.locator('del')).toHaveText(['[removed: book]', '[removed: table.]']);
  await expect(edit.locator('ins')).toHaveText(['[added: cancel]', '[added: booking.]']);
  await expect(edit.getByRole('button', { name: /Restore/ })).toHaveCount(0);

  await history.getByRole('listitem', { name: /^Created/ }).getByRole('button', { name: 'Restore version 1' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore version 1?' });
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog).toHaveCount(0);

  const restored = history.getByRole('listitem', { name: /^Restored/ });
  await expect(restored).toContainText('version 3');
  await expect(restored.locator('ins')).toHaveText(['[added: book]', '[added: table.]']);
  const saved = await (await request.get(`/api/v1/functions/${fn.id}`)).json();
  expect(saved).toMatchObject({ version: 3, config: { description: 'Hand off when the guest asks to book a table.' } });

  // The workspace-wide history lists the restore, newest first, linking back to this page.
  await page.getByRole('navigation', { name: 'Review' }).getByRole('link', { name: 'History' }).click();
  await page.getByRole('link', { name: 'Functions', exact: true }).click();
  const first = page.getByRole('list', { name: 'History' }).getByRole('listitem').first();
  await expect(first).toHaveAccessibleName(`Restored: ${from.name} → ${to.name} (${fn.toolName})`);
});
