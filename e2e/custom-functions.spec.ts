import { expect, test, type Locator, type Page } from '@playwright/test';
import { createAgent } from './support/api';
import { say } from './support/chat';
import { startReceiver, type WebhookReceiver } from './support/webhook-receiver';

/** The receiver's answers: /pre gives the greeting's variables, /during an order's status, /post just says ok. */
const ANSWERS: Record<string, unknown> = {
  '/pre': { variables: { customer: 'Ada' } },
  '/during': { order: 'A-1001', status: 'shipped', eta: 'Friday' },
  '/post': { ok: true },
};

const section = (page: Page, phase: string) => page.getByRole('region', { name: `${phase} Functions` });

/** + Add Function → Custom Function in a phase, the dialog's common fields filled. */
async function openCustomFunction(page: Page, phase: string, fields: { name: string; description: string; url: string }): Promise<Locator> {
  await section(page, phase).getByRole('button', { name: 'Add Function' }).click();
  await page.getByRole('dialog', { name: /Add Function/ }).getByRole('button', { name: 'Custom Function' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Custom Function' });
  await dialog.getByLabel('Name', { exact: true }).fill(fields.name);
  await dialog.getByLabel('Description', { exact: true }).fill(fields.description);
  await dialog.getByLabel('Webhook URL').fill(fields.url);
  return dialog;
}

async function save(page: Page, dialog: Locator) {
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startReceiver((path) => ({ body: ANSWERS[path] ?? { ok: true } }));
});
test.afterAll(async () => {
  await receiver.close();
});

test.describe('Custom Functions', () => {
  test('one in each phase, added through the dialog: test-called, called in chat, and after the conversation ends', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 900 });
    const suffix = Date.now();
    const agent = await createAgent(page.request, { name: `Parcel Desk ${suffix}`, description: 'Answers customers.', greeting: 'Hello {{customer}}, Parcel Desk here.' });

    try {
      await page.goto(`/integrations/agentic-functions/${agent.id}`);

      // Pre-Session: its answer's variables fill the greeting.
      const pre = await openCustomFunction(page, 'Pre-Session', { name: 'load_customer', description: 'Loads the customer’s name before the greeting.', url: `${receiver.url}/pre` });
      await expect(pre.getByRole('group', { name: 'Parameters' })).toHaveCount(0);
      await save(page, pre);
      await expect(section(page, 'Pre-Session').getByRole('listitem', { name: /Custom Function/ })).toContainText('load_customer');

      // During-Session: a parameter, a secret header, then a Test call shows the receiver's answer.
      const during = await openCustomFunction(page, 'During-Session', {
        name: 'lookup_order',
        description: 'Look up the status of an order by its order number when the customer asks where the order is.',
        url: `${receiver.url}/during`,
      });
      await expect(during.getByText(/cannot infer a value that is not written there/)).toBeVisible();
      await during.getByRole('button', { name: 'Add parameter' }).click();
      await during.getByLabel('Parameter 1 name').fill('order_number');
      await during.getByLabel('Parameter 1 type').selectOption('number');
      await during.getByLabel('Parameter 1 description').fill('The order number the customer gives');
      await during.getByLabel('Parameter 1 required').check();
      await during.getByRole('button', { name: 'Add header' }).click();
      await during.getByLabel('Header 1 name').fill('Authorization');
      await during.getByLabel('Header 1 value').fill('Bearer s3cret-key');
      await expect(during.getByLabel('Timeout (ms)')).toHaveValue('5000');
      await expect(during.getByLabel('Wait for the result')).toBeChecked();

      await during.getByRole('button', { name: 'Test call' }).click();
      const outcome = during.getByRole('status', { name: 'Test call result' });
      await expect(outcome).toContainText('200');
      await expect(outcome).toContainText('shipped');
      const tested = receiver.received.findLast((call) => call.path === '/during');
      expect(tested?.headers.authorization).toBe('Bearer s3cret-key');
      expect(tested?.headers['x-switchboard-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
      await save(page, during);
      const duringRow = section(page, 'During-Session').getByRole('listitem', { name: /Custom Function/ });
      await expect(duringRow).toContainText('lookup_order');

      // Editing shows the stored header value only as "saved", never the secret itself.
      await duringRow.getByRole('button', { name: /^Edit/ }).click();
      const edit = page.getByRole('dialog', { name: 'Edit Custom Function' });
      await expect(edit.getByLabel('Header 1 name')).toHaveValue('Authorization');
      await expect(edit.getByLabel('Header 1 value')).toHaveValue('');
      await expect(edit.getByLabel('Header 1 value')).toHaveAttribute('placeholder', '•••• saved');
      await expect(edit.getByLabel('Parameter 1 name')).toHaveValue('order_number');
      await expect(page.content()).resolves.not.toContain('s3cret-key');
      await edit.getByRole('button', { name: 'Cancel' }).click();

      // Post-Session: runs when the conversation ends.
      const post = await openCustomFunction(page, 'Post-Session', { name: 'log_conversation', description: 'Logs the finished conversation.', url: `${receiver.url}/post` });
      await save(page, post);
      await expect(section(page, 'Post-Session').getByRole('listitem', { name: /Custom Function/ })).toContainText('log_conversation');

      // Until the first message nothing runs and the greeting shows as written; the first message starts the
      // session: the Pre-Session call runs first and fills {{customer}}.
      const chat = page.getByRole('region', { name: `Try ${agent.name}` });
      const log = page.getByRole('log', { name: 'Conversation' });
      await expect(log.getByText('Hello {{customer}}, Parcel Desk here.')).toBeVisible();
      expect(receiver.received.filter((entry) => entry.path === '/pre')).toHaveLength(0);

      // During-Session: the model calls lookup_order with the number from the message, and answers with the result.
      await say(page, 'Where is my order? The order number is 1001.', { confirm: 'visible' });
      await expect(log.getByText('Hello Ada, Parcel Desk here.')).toBeVisible();
      await expect(log.getByText(/Called load_customer · 200/)).toBeVisible();
      await expect(log.getByText(/Called lookup_order · 200/)).toBeVisible();
      const call = receiver.received.findLast((entry) => entry.path === '/during');
      expect(call?.body.arguments).toEqual({ order_number: 1001 });
      await expect(log.locator('[data-event="message"][data-role="assistant"]').last()).toContainText(/shipped/);

      // Ending the conversation runs the Post-Session function with the transcript.
      await chat.getByRole('button', { name: 'End conversation' }).click();
      await expect(log.getByText(/Called log_conversation · 200/)).toBeVisible();
      const ended = receiver.received.findLast((entry) => entry.path === '/post');
      expect(ended?.body.phase).toBe('post_session');
      expect(JSON.stringify(ended?.body.transcript)).toContain('The order number is 1001');
    } finally {
      await page.request.delete(`/api/v1/agents/${agent.id}`);
    }
  });

  test('a refused save points at the field and the parameter row, keeps what was typed, then saves', async ({ page }) => {
    const agent = await createAgent(page.request, { name: `Checkout ${Date.now()}`, description: 'Takes payments.' });
    try {
      await page.goto(`/integrations/agentic-functions/${agent.id}`);
      const dialog = await openCustomFunction(page, 'During-Session', { name: 'pick size', description: 'Choose a shirt size when the customer names one.', url: 'ftp://example.com/hook' });
      await dialog.getByRole('button', { name: 'Add parameter' }).click();
      await dialog.getByLabel('Parameter 1 name').fill('size');
      await dialog.getByLabel('Parameter 1 type').selectOption('enum');
      await dialog.getByLabel('Timeout (ms)').fill('60000');
      await dialog.getByRole('button', { name: 'Save' }).click();

      await expect(dialog.getByText('Please fix the highlighted fields.')).toBeVisible();
      await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog.getByText(/Name must be 1-64 letters/)).toBeVisible();
      await expect(dialog.getByText('Enter an http:// or https:// URL.')).toBeVisible();
      await expect(dialog.getByText(/at most 30 seconds/)).toBeVisible();
      await expect(dialog.getByLabel('Parameter 1 values')).toHaveAttribute('aria-invalid', 'true');
      await expect(dialog.getByText(/Values: An enum parameter needs at least one value/)).toBeVisible();
      await expect(dialog.getByLabel('Parameter 1 name')).toHaveValue('size');

      await dialog.getByLabel('Name', { exact: true }).fill('pick_size');
      await dialog.getByLabel('Webhook URL').fill('https://example.com/hook');
      await dialog.getByLabel('Timeout (ms)').fill('8000');
      await dialog.getByLabel('Parameter 1 values').fill('small, medium, large');
      await save(page, dialog);
      const row = section(page, 'During-Session').getByRole('listitem', { name: /Custom Function/ });
      await expect(row).toContainText('pick_size');
      await row.getByRole('button', { name: 'View tool pick_size' }).click();
      await expect(page.getByRole('dialog')).toContainText('"enum"');
      await expect(page.getByRole('dialog')).toContainText('"medium"');
    } finally {
      await page.request.delete(`/api/v1/agents/${agent.id}`);
    }
  });
});
