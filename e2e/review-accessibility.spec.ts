import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { createAgent } from './support/api';

test.describe('Review accessibility (axe, WCAG 2 A/AA)', () => {
  for (const path of ['/review', '/review/map', '/review/history']) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
      await expectNoViolations(page);
    });
  }

  test('a function’s history and its Restore dialog have no violations', async ({ page, request }) => {
    const suffix = Date.now();
    const agent = (name: string) => createAgent(request, { name, description: `${name} agent` });
    const from = await agent(`Axe From ${suffix}`);
    const to = await agent(`Axe To ${suffix}`);
    const fn = await (
      await request.post(`/api/v1/agents/${from.id}/functions`, {
        data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: to.id, description: 'Hand off when the customer asks about axes.' } },
      })
    ).json();
    await request.patch(`/api/v1/functions/${fn.id}`, { data: { version: 1, config: { description: 'Hand off when the customer asks about saws.' } } });
    await page.goto(`/review/history/${fn.id}`);
    await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem')).toHaveCount(2);
    await expectNoViolations(page);
    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await expect(page.getByRole('dialog', { name: 'Restore version 1?' })).toBeVisible();
    await expectNoViolations(page);
  });
});
