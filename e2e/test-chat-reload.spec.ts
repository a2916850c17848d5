import { expect, test, type Page } from '@playwright/test';
import type { AgentJson } from './support/api';
import { say } from './support/chat';

// A conversation exists from the customer's first message on, and Test Chat keeps it in the address:
// opening the page stores nothing, and a reload, Back and "Continue in Test Chat" come back to it.

const log = (page: Page) => page.getByRole('log', { name: 'Conversation' });
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Every session the browser asks the server to start, from now on. */
function watchSessionStarts(page: Page): string[] {
  const starts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/sessions') starts.push(request.url());
  });
  return starts;
}

/** The newest row of Session history: its transcript link, or null when the history is empty. */
async function newestSessionLink(page: Page): Promise<string | null> {
  await page.goto('/test-chat/sessions');
  const link = page.getByRole('link', { name: 'Transcript' }).first();
  return (await link.count()) ? link.getAttribute('href') : null;
}

test('Test Chat stores nothing until the first message, then reload, Back and Continue return to the same conversation', async ({ page }) => {
  // The built-in model may load its sentence encoder on the first decision.
  test.setTimeout(90_000);
  const { agents } = (await (await page.request.get('/api/v1/agents')).json()) as { agents: AgentJson[] };
  const general = agents.find((agent) => agent.name === 'General Support') as AgentJson;
  const tech = agents.find((agent) => agent.name === 'Technical Support') as AgentJson;
  const starts = watchSessionStarts(page);
  const newestBefore = await newestSessionLink(page);

  // Opening Test Chat shows the start agent's greeting, and a reload still stores nothing.
  await page.goto('/agents');
  await mainNav(page).getByRole('link', { name: 'Test Chat' }).click();
  await page.getByLabel('Start agent').selectOption({ label: general.name });
  await expect(log(page).getByText(general.greeting, { exact: true })).toBeVisible();
  await page.reload();
  await expect(log(page).getByText(general.greeting, { exact: true })).toBeVisible();
  await expect(page.getByTestId('active-agent')).toHaveText(general.name);
  expect(starts).toEqual([]);
  expect(await newestSessionLink(page)).toBe(newestBefore);

  // The first message starts the conversation; it hands off, and the address names the session.
  await page.goBack();
  await expect(page).toHaveURL(/\/test-chat(\?|$)/);
  await say(page, 'My login fails with error 500 on the website', { waitForEnabled: true });
  const handoff = log(page).getByText(`${general.name} → ${tech.name} via transfer_to_technical_support`);
  await expect(handoff).toBeVisible();
  await expect(page.getByTestId('active-agent')).toHaveText(tech.name);
  await expect(page).toHaveURL(/\/test-chat\?session=ses_[^&]+$/);
  const sessionId = new URL(page.url()).searchParams.get('session') as string;
  expect(starts).toHaveLength(1);
  // Now that there is a conversation, the start agent says what choosing another does to it.
  await expect(page.getByLabel('Start agent')).toHaveAccessibleDescription('Another starts a new conversation; this one stays in Session history.');

  // A reload shows the same transcript, and the conversation goes on with the agent it was handed to.
  await page.reload();
  await expect(log(page).getByText('My login fails with error 500 on the website', { exact: true })).toBeVisible();
  await expect(handoff).toBeVisible();
  await expect(log(page).getByText(general.greeting, { exact: true })).toHaveCount(1);
  await expect(page.getByTestId('active-agent')).toHaveText(tech.name);
  await say(page, 'It still fails after clearing the cache', { waitForEnabled: true });
  await expect(log(page).locator('[data-event="message"][data-role="assistant"]').last()).toContainText(tech.name);
  await expect(page).toHaveURL(new RegExp(`session=${sessionId}$`));
  expect(starts).toHaveLength(1);

  // Away to Review and Back: the same conversation. The address was replaced, not pushed, so one more Back
  // leaves Test Chat instead of stepping through the messages.
  await mainNav(page).getByRole('link', { name: 'Review' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/test-chat\\?session=${sessionId}$`));
  await expect(log(page).getByText('It still fails after clearing the cache', { exact: true })).toBeVisible();
  await expect(handoff).toBeVisible();
  await expect(page.getByTestId('active-agent')).toHaveText(tech.name);
  await page.goBack();
  await expect(page).toHaveURL(/\/agents$/);
  await page.goForward();
  await expect(log(page).getByText('It still fails after clearing the cache', { exact: true })).toBeVisible();

  // Session history's newest row is this conversation, and Continue in Test Chat opens it.
  expect(await newestSessionLink(page)).toBe(`/test-chat/sessions/${sessionId}`);
  await page.getByRole('link', { name: 'Transcript' }).first().click();
  await page.getByRole('link', { name: 'Continue in Test Chat' }).click();
  await expect(log(page).getByText('It still fails after clearing the cache', { exact: true })).toBeVisible();
  await expect(page.getByTestId('active-agent')).toHaveText(tech.name);

  // Reset conversation leaves the address without the session and starts nothing until the next message.
  await page.getByRole('button', { name: 'Reset conversation' }).click();
  await expect(page).not.toHaveURL(/session=/);
  await expect(log(page).getByText('It still fails after clearing the cache', { exact: true })).toHaveCount(0);
  await expect(log(page).getByText(general.greeting, { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('active-agent')).toHaveText(general.name);
  expect(starts).toHaveLength(1);
  expect(await newestSessionLink(page)).toBe(`/test-chat/sessions/${sessionId}`);
});

test('an agent’s Try panel starts no session until the first message', async ({ page }) => {
  const { agents } = (await (await page.request.get('/api/v1/agents')).json()) as { agents: AgentJson[] };
  const billing = agents.find((agent) => agent.name === 'Billing') as AgentJson;
  const starts = watchSessionStarts(page);
  await page.goto(`/integrations/agentic-functions/${billing.id}`);
  const pane = page.getByRole('region', { name: `Try ${billing.name}` });
  await expect(pane.getByText(billing.greeting, { exact: true })).toBeVisible();
  await expect(pane.getByRole('button', { name: 'Reset conversation' })).toBeDisabled();
  await page.reload();
  await expect(pane.getByText(billing.greeting, { exact: true })).toBeVisible();
  expect(starts).toEqual([]);

  await say(page, 'Can I get a copy of my invoice?', { waitForEnabled: true });
  expect(starts).toHaveLength(1);
  await expect(pane.getByRole('button', { name: 'Reset conversation' })).toBeEnabled();
});
