import { expect, test, type Page } from '@playwright/test';
import { say } from './support/chat';

// The README's pictures, taken from the demo workspace on a fresh database. Not a check, so it runs only
// when asked: README_SCREENSHOTS=1 npx playwright test e2e/readme-screenshots.spec.ts
test.skip(!process.env.README_SCREENSHOTS, 'set README_SCREENSHOTS=1 to retake the README screenshots');
test.use({ colorScheme: 'light', deviceScaleFactor: 1 });

async function agentId(page: Page, name: string) {
  const { agents } = (await (await page.request.get('/api/v1/agents')).json()) as { agents: { id: string; name: string }[] };
  return agents.find((agent) => agent.name === name)!.id;
}

test('the functions page at 1440×900, with a handoff in the chat beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/integrations/agentic-functions/${await agentId(page, 'General Support')}`);
  await say(page, 'I was charged twice for my subscription this month', { confirm: 'visible', waitForEnabled: true });
  await expect(page.getByRole('log', { name: 'Conversation' }).getByText(/General Support → Billing via/)).toBeVisible();
  await page.getByRole('textbox', { name: 'Message' }).blur();
  await page.screenshot({ path: 'docs/functions-page.png' });
});

test('Test Chat at 1440×900: the transcript with the offered tools and the why beside it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  // Billing hands on login trouble to Technical Support, so its Offered tools panel has one to show.
  const response = await page.request.post(`/api/v1/agents/${await agentId(page, 'Billing')}/functions`, {
    data: {
      phase: 'during_session',
      type: 'agent_handoff',
      config: {
        targetAgentId: await agentId(page, 'Technical Support'),
        description: 'Hand off to technical support when the customer cannot log in or the app shows an error message.',
      },
    },
  });
  expect(response.status()).toBe(201);
  await page.goto('/test-chat');
  await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
  await say(page, 'I was charged twice for my invoice this month', { confirm: 'visible', waitForEnabled: true });
  await expect(page.getByRole('region', { name: 'Offered tools' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Why this handoff' })).toContainText('General Support → Billing');
  await page.getByRole('textbox', { name: 'Message' }).blur();
  await page.screenshot({ path: 'docs/test-chat.png' });
});

test('Test Chat on a phone (390×844), the menu closed', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/test-chat');
  await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
  await say(page, 'My app shows an error message after the update', { confirm: 'visible', waitForEnabled: true });
  const log = page.getByRole('log', { name: 'Conversation' });
  // Below xl the card opens to its why inline: open it and bring it to the top of the conversation.
  const card = log.locator('summary').filter({ hasText: 'General Support → Technical Support' });
  await card.click();
  await expect(log.getByRole('table', { name: /Why/ })).toBeVisible();
  await card.evaluate((summary) => summary.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/test-chat-phone.png' });
});
