import { createHmac } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { createAgent } from './support/api';
import { expectNoViolations } from './support/axe';
import { startReceiver, type ReceiverAnswer, type WebhookReceiver } from './support/webhook-receiver';

/** The receiver's answers: /fail answers 500 (a broken receiver), anything else 200. */
const answer: ReceiverAnswer = (path) => (path === '/fail' ? { status: 500, body: { error: 'order database is down' } } : { body: { ok: true } });

const sign = (raw: string, secret: string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;
const section = (page: Page, phase: string) => page.getByRole('region', { name: `${phase} Functions` });

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startReceiver(answer);
});
test.afterAll(async () => {
  await receiver.close();
});

test.describe('Webhook signing secret and webhook findings', () => {
  test('an admin opens Webhooks from the sidebar, reveals the secret, rotates it, and calls are signed with the new one only', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 900 });
    const agent = await createAgent(page.request, { name: `Signed Desk ${Date.now()}`, description: 'Answers customers.' });
    try {
      const fn = await page.request.post(`/api/v1/agents/${agent.id}/functions`, {
        data: { phase: 'post_session', type: 'custom_function', config: { name: 'log_signed', description: 'Logs the conversation.', url: `${receiver.url}/signed` } },
      });
      expect(fn.status()).toBe(201);
      const { id: functionId } = (await fn.json()) as { id: string };

      await page.goto('/review');
      await page.getByRole('region', { name: 'Account' }).getByRole('link', { name: 'Webhooks' }).click();
      await expect(page.getByRole('heading', { name: 'Webhooks', level: 1 })).toBeVisible();
      await expect(page.getByText('X-Switchboard-Signature: sha256=<hex>')).toBeVisible();
      await expect(page.getByText(/HMAC-SHA256 of the raw request body/)).toBeVisible();

      // Masked until asked for: the page itself never carries the secret.
      const field = page.getByRole('textbox', { name: 'Signing secret' });
      await expect(field).toHaveValue(/^whsec_•{8}.{4}$/);
      const masked = await field.inputValue();
      await page.getByRole('button', { name: 'Show secret' }).click();
      await expect(field).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
      const old = await field.inputValue();
      expect(old.slice(-4)).toBe(masked.slice(-4));
      await page.getByRole('button', { name: 'Hide secret' }).click();
      await expect(field).toHaveValue(masked);
      await page.reload();
      await expect(field).toHaveValue(masked);
      expect(await page.content()).not.toContain(old.slice(10, 30));
      await expectNoViolations(page);

      // A test call now is signed with it.
      const before = await page.request.post(`/api/v1/functions/${functionId}/test-call`, { data: {} });
      expect(before.status()).toBe(200);
      const first = receiver.received.findLast((call) => call.path === '/signed');
      expect(first?.signature).toBe(sign(first!.raw, old));

      // Rotate, confirmed: the new secret is shown at once.
      await page.getByRole('button', { name: 'Rotate secret' }).click();
      const confirm = page.getByRole('dialog', { name: 'Rotate the webhook signing secret?' });
      await confirm.getByRole('button', { name: 'Rotate secret' }).click();
      await expect(confirm).toHaveCount(0);
      await expect(page.getByRole('alert').filter({ hasText: 'Secret rotated' })).toBeVisible();
      await expect(field).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
      const rotated = await field.inputValue();
      expect(rotated).not.toBe(old);

      await page.request.post(`/api/v1/functions/${functionId}/test-call`, { data: {} });
      const second = receiver.received.findLast((call) => call.path === '/signed');
      expect(second).not.toBe(first);
      expect(second?.signature).toBe(sign(second!.raw, rotated));
      expect(second?.signature).not.toBe(sign(second!.raw, old));

      // The rotation is in the history, without the secret.
      await page.goto('/review/history?entity=webhook_secret');
      const history = page.getByRole('list', { name: 'History' });
      await expect(history.getByRole('listitem').first()).toContainText('Webhook signing secret');
      expect(await page.content()).not.toContain(rotated.slice(6));
    } finally {
      await page.request.delete(`/api/v1/agents/${agent.id}`);
    }
  });

  test('two Custom Functions are named apart, View tool is only for the LLM tool, and a failed test call shows on Review', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 1280, height: 900 });
    const created = await page.request.post('/api/v1/agents', { data: { name: `Order Desk ${Date.now()}`, description: 'Answers order questions.' } });
    const agent = (await created.json()) as { id: string; name: string };
    const add = (phase: string, name: string, path: string) =>
      page.request.post(`/api/v1/agents/${agent.id}/functions`, {
        data: { phase, type: 'custom_function', config: { name, description: `Call ${name} when the customer asks about an order.`, url: `${receiver.url}${path}` } },
      });
    try {
      for (const response of [await add('pre_session', 'load_customer', '/ok'), await add('during_session', 'lookup_order', '/fail'), await add('during_session', 'cancel_order', '/ok')]) {
        expect(response.status()).toBe(201);
      }
      await page.goto(`/integrations/agentic-functions/${agent.id}`);
      const lookup = section(page, 'During-Session').getByRole('listitem', { name: 'Custom Function lookup_order' });
      await expect(lookup).toBeVisible();
      await expect(section(page, 'During-Session').getByRole('listitem', { name: 'Custom Function cancel_order' })).toBeVisible();
      await expect(lookup.getByRole('button', { name: 'View tool lookup_order' })).toBeVisible();
      const pre = section(page, 'Pre-Session').getByRole('listitem', { name: 'Custom Function load_customer' });
      await expect(pre).toBeVisible();
      await expect(pre.getByRole('button', { name: /View tool/ })).toHaveCount(0);

      // The saved function's Test call reaches a receiver that answers 500.
      await lookup.getByRole('button', { name: 'Edit Custom Function lookup_order' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit Custom Function' });
      await edit.getByRole('button', { name: 'Test call' }).click();
      await expect(edit.getByRole('status', { name: 'Test call result' })).toContainText('500');
      await edit.getByRole('button', { name: 'Cancel' }).click();

      await page.goto(`/review?agent=${agent.id}`);
      await page.getByRole('navigation', { name: 'Finding kinds' }).getByRole('link', { name: /^Webhook failed its last test call · 1/ }).click();
      const finding = page.getByRole('list', { name: 'Findings' }).getByRole('listitem').filter({ hasText: 'Webhook failed its last test call' });
      await expect(finding).toHaveCount(1);
      await expect(finding).toContainText("lookup_order's webhook failed its last test call (HTTP 500, just now)");
      await finding.getByRole('link', { name: /Edit .*lookup_order/ }).click();
      await expect(page).toHaveURL(new RegExp(`/integrations/agentic-functions/${agent.id}#fn-`));
    } finally {
      await page.request.delete(`/api/v1/agents/${agent.id}`);
    }
  });

  test('Session history marks an ended conversation', async ({ page }) => {
    const created = await page.request.post('/api/v1/agents', { data: { name: `Ending Desk ${Date.now()}`, description: 'Answers customers.' } });
    const agent = (await created.json()) as { id: string; name: string };
    try {
      const open = (await (await page.request.post('/api/v1/sessions', { data: { agentId: agent.id } })).json()) as { id: string };
      // Listed once the customer wrote in it; the ended one is listed as it is.
      expect((await page.request.post(`/api/v1/sessions/${open.id}/messages`, { data: { content: 'Hello?' } })).status()).toBe(200);
      const ended = (await (await page.request.post('/api/v1/sessions', { data: { agentId: agent.id } })).json()) as { id: string };
      expect((await page.request.post(`/api/v1/sessions/${ended.id}/end`, { data: {} })).status()).toBe(200);
      await page.goto('/test-chat/sessions');
      const rowOf = (id: string) => page.getByRole('row').filter({ has: page.locator(`a[href="/test-chat/sessions/${id}"]`) });
      await expect(rowOf(ended.id)).toContainText('Ended');
      await expect(rowOf(open.id)).not.toContainText('Ended');
    } finally {
      await page.request.delete(`/api/v1/agents/${agent.id}`);
    }
  });
});
