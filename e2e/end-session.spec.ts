import { expect, test, type Page } from '@playwright/test';
import { createAgent } from './support/api';
import { say } from './support/chat';

const section = (page: Page, phase: string) => page.getByRole('region', { name: `${phase} Functions` });
const log = (page: Page) => page.getByRole('log', { name: 'Conversation' });
const CLOSING = 'Thanks for chatting with us today. Goodbye!';

/** The next conversation the pane starts with this agent: it starts with the customer's first message. */
async function nextSessionWith(page: Page, agentId: string): Promise<string> {
  const started = await page.waitForResponse(
    async (response) =>
      response.request().method() === 'POST' &&
      new URL(response.url()).pathname === '/api/v1/sessions' &&
      ((await response.json()) as { startAgentId?: string }).startAgentId === agentId,
  );
  return ((await started.json()) as { id: string }).id;
}

test('End Session: added through the dialog, the LLM ends a conversation on a goodbye; the End conversation button ends another', async ({ page }) => {
  // A long journey, and the built-in model loads its sentence encoder on the first decision.
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 900 });
  // Its own agent, so the demo workspace's routing (which other specs rely on) never changes.
  const name = `Help Desk ${Date.now()}`;
  const desk = await createAgent(page.request, { name, description: 'Greets customers and answers general questions.', greeting: `${name} here, hello!` });

  // Integrations → Agentic Functions → the agent.
  await page.goto('/agents');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Integrations', exact: true }).click();
  await page.getByRole('link', { name: /Agentic Functions/ }).first().click();
  await page.getByRole('link', { name: new RegExp(`^${desk.name}`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: desk.name })).toBeVisible();

  // Pre-Session offers End Session greyed out, with the reason.
  await section(page, 'Pre-Session').getByRole('button', { name: 'Add Function' }).click();
  const unavailable = page.getByRole('dialog').getByRole('button', { name: 'End Session' });
  await expect(unavailable).toBeDisabled();
  await expect(unavailable).toHaveAccessibleDescription('End Session is available During-Session only.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // During-Session Functions → + Add Function → End Session → Description + Closing message → Save.
  await section(page, 'During-Session').getByRole('button', { name: 'Add Function' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End Session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add End Session' });
  await expect(dialog.getByLabel('Closing message')).toHaveValue('Thanks for contacting us. Goodbye!');
  await dialog.getByLabel('Description').fill('bye');
  await expect(dialog.getByText(/Too short to be specific/)).toBeVisible();
  await dialog.getByLabel('Description').fill('End the conversation when the customer says goodbye, thanks, or has nothing else to ask.');
  await expect(dialog.getByText(/Too short to be specific/)).toHaveCount(0);
  await dialog.getByLabel('Closing message').fill(CLOSING);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const row = section(page, 'During-Session').getByRole('listitem', { name: 'End Session' });
  await expect(row).toContainText('end_session');
  await expect(row).toContainText('when the customer says goodbye');

  // One per agent: a second is refused and says why.
  await section(page, 'During-Session').getByRole('button', { name: 'Add Function' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'End Session' }).click();
  await page.getByLabel('Description').fill('End when the customer is done.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `${desk.name} already has End Session` })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Test Chat: a goodbye, and the LLM ends the conversation with the closing message.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Test Chat' }).click();
  await page.getByLabel('Start agent').selectOption({ label: desk.name });
  await expect(log(page).getByText(`${desk.name} here, hello!`)).toBeVisible();
  const firstStarted = nextSessionWith(page, desk.id);
  await say(page, 'thanks, that’s all, bye', { confirm: 'visible' });
  const first = await firstStarted;
  await expect(log(page).getByText(CLOSING, { exact: true })).toBeVisible();
  await expect(log(page).getByText(`Conversation ended by ${desk.name}: “${CLOSING}”`)).toBeVisible();
  await expect(page.getByText('This conversation has ended.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'End conversation' })).toBeDisabled();

  // The API refuses another message to it, in the error shape.
  const refused = await page.request.post(`/api/v1/sessions/${first}/messages`, { data: { content: 'one more thing' } });
  expect(refused.status()).toBe(409);
  expect(await refused.json()).toEqual({ error: { message: 'This conversation has ended: start a new one.', code: 'session_ended' } });

  // Start a new conversation: the composer is back; the End conversation button ends this one.
  await page.getByRole('button', { name: 'Start a new conversation' }).click();
  const secondStarted = nextSessionWith(page, desk.id);
  await say(page, 'hello there', { confirm: 'visible' });
  const secondId = await secondStarted;
  expect(secondId).not.toBe(first);
  await page.getByRole('button', { name: 'End conversation' }).click();
  await expect(log(page).getByText('Conversation ended by you.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveCount(0);
  const again = await page.request.post(`/api/v1/sessions/${secondId}/end`, { data: {} });
  expect(again.status()).toBe(409);

  // Session history shows how the first one ended.
  await page.goto(`/test-chat/sessions/${first}`);
  await expect(page.getByText(`Conversation ended by ${desk.name}: “${CLOSING}”`)).toBeVisible();

  // Clean up: the function goes, through the UI.
  await page.goto(`/integrations/agentic-functions/${desk.id}`);
  await row.getByRole('button', { name: 'Delete End Session' }).click();
  await page.getByRole('dialog', { name: 'Delete End Session?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
});
