import { expect, test } from '@playwright/test';

// This app instance is configured with LLM_BASE_URL/LLM_API_KEY/LLM_MODEL pointing at a Chat
// Completions server on 127.0.0.1 (rule mode: it calls the offered tool whose words the customer used).
test('with an OpenAI-compatible endpoint configured, the chat uses it and its tool calls hand off', async ({ page }) => {
  await page.goto('/test-chat');
  await expect(page.getByText(/Engine: fake-model at 127\.0\.0\.1/)).toBeVisible();
  await page.getByLabel('Start agent').selectOption({ label: 'General Support' });
  const log = page.getByRole('log', { name: 'Conversation' });
  await expect(log.getByText('Hi, this is Acme support. How can I help you today?')).toBeVisible();

  const box = page.getByRole('textbox', { name: 'Message' });
  await box.fill('Where can I find my invoices?');
  await box.press('Enter');
  await expect(log.getByText('General Support → Billing via transfer_to_billing')).toBeVisible();
  await expect(log.getByText('The user mentioned "invoice".', { exact: true })).toBeVisible();
  await expect(page.getByTestId('active-agent')).toHaveText('Billing');
  await expect(log.getByText('Hello, you are through to Billing. I can help with invoices, payments and refunds.')).toBeVisible();
  // Billing has no handoffs of its own, so the endpoint answered as Billing with the conversation so far.
  await expect(log.getByText('(fake model) You said: Where can I find my invoices?')).toBeVisible();
});
