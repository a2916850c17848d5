import { expect, test, type Page } from '@playwright/test';
import { createAgent } from './support/api';
import { say } from './support/chat';

const during = (page: Page) => page.getByRole('region', { name: 'During-Session Functions' });

test.describe('Test Chat', () => {
  test('a handoff configured in the UI triggers live, shows why, and the target greets', async ({ page }) => {
    // Below xl the card opens to its why inline (test-chat-wide.spec.ts has the wide layout).
    await page.setViewportSize({ width: 1024, height: 768 });
    const suffix = Date.now();
    const desk = await createAgent(page.request, { name: `Desk ${suffix}`, description: 'Front desk of a garden centre.', greeting: `Desk ${suffix} here, hello!` });
    const garden = await createAgent(page.request, { name: `Garden ${suffix}`, description: 'Plants, seeds and lawn care.', greeting: `Garden ${suffix} here: let's talk plants.` });

    await page.goto(`/integrations/agentic-functions/${desk.id}`);
    await during(page).getByRole('button', { name: 'Add Function' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Agent Handoff' }).click();
    await page.getByLabel('Target Agent').selectOption({ label: garden.name });
    await page.getByLabel('Description').fill('Hand off when the customer asks about plants, flowers, seeds or lawn care.');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(during(page).getByRole('listitem')).toHaveCount(1);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Test Chat' }).click();
    await expect(page.getByText('Engine: Simulated model (built-in)')).toBeVisible();
    await page.getByLabel('Start agent').selectOption({ label: desk.name });
    const log = page.getByRole('log', { name: 'Conversation' });
    await expect(log.getByText(`Desk ${suffix} here, hello!`)).toBeVisible();
    await expect(page.getByTestId('active-agent')).toHaveText(desk.name);

    await say(page, 'My flowers are wilting and I need new seeds');
    const tool = `transfer_to_garden_${suffix}`;
    const card = log.getByText(`${desk.name} → ${garden.name} via ${tool}`);
    await expect(card).toBeVisible();
    await expect(log.getByText(`Garden ${suffix} here: let's talk plants.`)).toBeVisible();
    await expect(page.getByTestId('active-agent')).toHaveText(garden.name);

    // The card opens to the why — from the keyboard too: every tool's score, the matched words, and
    // the context passed.
    await log.locator('summary').filter({ hasText: tool }).focus();
    await page.keyboard.press('Enter');
    await expect(log.getByRole('table', { name: /Why/ })).toContainText(tool);
    await expect(log.getByRole('table', { name: /Why/ })).toContainText(/flowers|seeds/);
    await expect(log.getByText(/Context passed: Full conversation/)).toBeVisible();

    // The session is in the history, with every function call.
    await page.getByRole('link', { name: 'Session history' }).first().click();
    const row = page.getByRole('row', { name: new RegExp(`${desk.name}.*${garden.name}`) });
    await expect(page.getByRole('columnheader', { name: 'Last agent' })).toBeVisible();
    await row.getByRole('link', { name: 'Transcript' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${desk.name} → ${garden.name}`);
    // One way of writing a moment, as the list writes it: "1 Dec 2026, 17:33 UTC".
    await expect(page.getByText(/^Started \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} UTC · /)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Transcript' })).toContainText(`Function call ${tool}`);
    await expect(page.getByRole('region', { name: 'Transcript' })).toContainText('→ handoff');

    // …and can be picked up again where it stopped.
    await page.getByRole('link', { name: 'Continue in Test Chat' }).click();
    await expect(log.getByText('My flowers are wilting and I need new seeds', { exact: true })).toBeVisible();
    await expect(page.getByTestId('active-agent')).toHaveText(garden.name);
    await say(page, 'Thanks, that helps');
    await expect(log.getByText(/Garden .* here — /).last()).toBeVisible();
  });

  test('beside the functions page: an edited description routes the next message; a disabled handoff does not', async ({ page }) => {
    const suffix = Date.now();
    const desk = await createAgent(page.request, { name: `Counter ${suffix}`, description: 'Shop counter.', greeting: '' });
    const kitchen = await createAgent(page.request, { name: `Kitchenware ${suffix}`, description: 'Cookware specialist.', greeting: `Kitchenware ${suffix} at your service.` });
    await page.request.post(`/api/v1/agents/${desk.id}/functions`, {
      data: {
        phase: 'during_session',
        type: 'agent_handoff',
        config: { targetAgentId: kitchen.id, description: 'Hand off when the customer asks about delivery slots or store opening hours.' },
      },
    });
    await page.goto(`/integrations/agentic-functions/${desk.id}`);
    const pane = page.getByRole('region', { name: `Try ${desk.name}` });
    await expect(pane.getByTestId('active-agent')).toHaveText(desk.name);

    await say(page, 'Do you sell frying pans and saucepans?');
    await expect(pane.getByText(/ via transfer_to_/)).toHaveCount(0);

    const title = `Agent Handoff to ${kitchen.name}`;
    await during(page).getByRole('button', { name: `Edit ${title}` }).click();
    await page.getByLabel('Description').fill('Hand off when the customer asks about pans, pots, knives or other cookware.');
    // Exact: each customer message in the chat beside it has a "Save as test" button.
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Saving beside the chat keeps the conversation going.
    await expect(pane.getByText('Do you sell frying pans and saucepans?')).toHaveCount(1);

    await say(page, 'Do you sell frying pans and saucepans?');
    await expect(pane.getByText(`${desk.name} → ${kitchen.name} via transfer_to_kitchenware_${suffix}`)).toBeVisible();
    await expect(pane.getByTestId('active-agent')).toHaveText(kitchen.name);

    await during(page).getByRole('switch', { name: `Enabled: ${title}` }).click();
    await expect(during(page).getByRole('switch', { name: `Enabled: ${title}` })).toHaveAttribute('aria-checked', 'false');
    await pane.getByRole('button', { name: 'Reset conversation' }).click();
    await expect(pane.getByText('Do you sell frying pans and saucepans?')).toHaveCount(0);
    await say(page, 'Do you sell frying pans and saucepans?');
    await expect(pane.getByText(/ via transfer_to_/)).toHaveCount(0);
    await expect(pane.getByTestId('active-agent')).toHaveText(desk.name);
  });
});

test('sessions API: start, message, read, and field-level refusals', async ({ request }) => {
  const { agents } = await (await request.get('/api/v1/agents')).json();
  const general = agents.find((a: { name: string }) => a.name === 'General Support');
  const billing = agents.find((a: { name: string }) => a.name === 'Billing');

  expect((await request.post('/api/v1/sessions', { data: {} })).status()).toBe(422);
  expect((await request.post('/api/v1/sessions', { data: { agentId: 'agt_nobody' } })).status()).toBe(404);
  const created = await request.post('/api/v1/sessions', { data: { agentId: general.id } });
  expect(created.status()).toBe(201);
  const session = await created.json();
  expect(session).toMatchObject({ activeAgentId: general.id, events: [{ type: 'message', role: 'assistant', agentId: general.id }] });

  const turn = await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'I was charged twice for my invoice this month' } });
  expect(turn.status()).toBe(200);
  const body = await turn.json();
  expect(body.activeAgentId).toBe(billing.id);
  const handoff = body.events.find((e: { type: string }) => e.type === 'handoff');
  expect(handoff).toMatchObject({ fromAgentId: general.id, toAgentId: billing.id, toolName: 'transfer_to_billing', reason: expect.any(String) });
  expect(handoff.scores.length).toBe(2);
  for (const event of body.events) expect(event).toEqual(expect.objectContaining({ id: expect.any(String), createdAt: expect.any(String) }));

  expect((await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: '' } })).status()).toBe(422);
  const long = await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'x'.repeat(4001) } });
  expect(long.status()).toBe(422);
  expect((await long.json()).error.fieldErrors.content[0]).toMatch(/at most 4000/);
  expect((await request.post('/api/v1/sessions/ses_nobody/messages', { data: { content: 'hi' } })).status()).toBe(404);

  const full = await (await request.get(`/api/v1/sessions/${session.id}`)).json();
  expect(full.events.length).toBe(1 + body.events.length);
});

test('a transcript that never handed off is titled by its one agent', async ({ page }) => {
  const suffix = Date.now();
  const desk = await createAgent(page.request, { name: `Solo ${suffix}`, description: 'Answers everything itself.' });
  const session = await (await page.request.post('/api/v1/sessions', { data: { agentId: desk.id } })).json();
  expect((await page.request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'Hello there' } })).status()).toBe(200);
  await page.goto(`/test-chat/sessions/${session.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Conversation with ${desk.name}`);
});
