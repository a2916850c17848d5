import { expect, test } from '@playwright/test';
import { expectNoViolations } from './support/axe';

test.describe('Accessibility (axe, WCAG 2 A/AA)', () => {
  for (const path of ['/agents', '/agents/new', '/integrations/agentic-functions', '/test-chat', '/test-chat/sessions']) {
    test(`${path} has no violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectNoViolations(page);
    });
  }

  test('an agent’s functions page and the Add Function dialog have no violations', async ({ page }) => {
    await page.goto('/integrations/agentic-functions');
    await page.getByRole('link', { name: /^General Support/ }).click();
    await expect(page.getByRole('log', { name: 'Conversation' })).toContainText('Acme support');
    await expectNoViolations(page);
    await page.getByRole('region', { name: 'During-Session Functions' }).getByRole('button', { name: 'Add Function' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' }).click();
    await expect(page.getByLabel('Target Agent')).toBeVisible();
    await expectNoViolations(page);
  });
});
