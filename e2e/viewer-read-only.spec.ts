import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { inviteMember } from './support/team';

// A viewer reads everything and may chat in Test Chat, but sees no control that would change anything
// (the server refusing those changes is e2e/viewer-refused.spec.ts). Each page is checked for the owner
// first, so a locator that matches nothing cannot make the viewer's check pass by mistake.

const FAILING = 'My plants are wilting in the heat';

async function created<T>(response: Promise<{ status(): number; json(): Promise<unknown> }>): Promise<T> {
  const answer = await response;
  expect(answer.status()).toBe(201);
  return (await answer.json()) as T;
}

/** A desk with two handoffs, the one to the garden team edited once; a routing test it fails, a failing run and a chat. */
async function shop(request: APIRequestContext) {
  const suffix = Date.now();
  const desk = await created<{ id: string; name: string }>(request.post('/api/v1/agents', { data: { name: `Viewer Desk ${suffix}`, description: 'Front desk of a garden centre.' } }));
  const garden = await created<{ id: string; name: string }>(request.post('/api/v1/agents', { data: { name: `Viewer Garden ${suffix}`, description: 'Plants, seeds and lawn care.' } }));
  const tools = await created<{ id: string }>(request.post('/api/v1/agents', { data: { name: `Viewer Tools ${suffix}`, description: 'Spades, mowers and hoses.' } }));
  const toTools = { targetAgentId: tools.id, description: 'Hand off when the customer asks about garden tools: spades, lawn mowers or hoses.' };
  await created(request.post(`/api/v1/agents/${desk.id}/functions`, { data: { phase: 'during_session', type: 'agent_handoff', config: toTools } }));
  // The handoff to the garden team speaks of something else, so the plants case stays with the desk and fails.
  const config = { targetAgentId: garden.id, description: 'Hand off when the customer asks about opening hours.' };
  const fn = await created<{ id: string; version: number }>(request.post(`/api/v1/agents/${desk.id}/functions`, { data: { phase: 'during_session', type: 'agent_handoff', config } }));
  const patched = await request.patch(`/api/v1/functions/${fn.id}`, { data: { version: fn.version, config: { ...config, description: 'Hand off when the customer asks about opening hours or parking.' } } });
  expect(patched.status()).toBe(200);
  await created(request.post(`/api/v1/agents/${desk.id}/tests`, { data: { messages: [FAILING], expect: { handoffTo: garden.id } } }));
  const run = await created<{ id: string; passed: number }>(request.post('/api/v1/test-runs', { data: { agentId: desk.id } }));
  expect(run.passed).toBe(0);
  const session = await created<{ id: string }>(request.post('/api/v1/sessions', { data: { agentId: desk.id } }));
  expect((await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'Where do I park?' } })).status()).toBe(200);
  return { desk, garden, functionId: fn.id, runId: run.id, sessionId: session.id, handoff: `Agent Handoff to ${garden.name}` };
}

type Shop = Awaited<ReturnType<typeof shop>>;

interface Check {
  path: (s: Shop) => string;
  /** Controls that change something: the owner has each, the viewer none. */
  writes: (page: Page, s: Shop) => Locator[];
  /** What both read there. */
  reads: (page: Page, s: Shop) => Locator[];
}

const CHECKS: Check[] = [
  {
    path: (s) => `/agents?q=${encodeURIComponent(s.desk.name)}`,
    writes: (page, s) => [page.getByRole('link', { name: 'New agent' }), page.getByRole('link', { name: `Edit ${s.desk.name}` })],
    reads: (page, s) => [page.getByRole('rowheader', { name: s.desk.name })],
  },
  {
    path: () => '/agents/new',
    writes: (page) => [page.getByRole('button', { name: 'Create agent' }), page.getByLabel('Name', { exact: true })],
    reads: (page) => [page.getByRole('heading', { level: 1, name: 'New agent' })],
  },
  {
    path: (s) => `/agents/${s.desk.id}`,
    writes: (page) => [page.getByRole('button', { name: 'Save changes' }), page.getByRole('button', { name: 'Delete agent' }), page.getByRole('textbox')],
    reads: (page, s) => [page.getByRole('heading', { level: 1, name: s.desk.name })],
  },
  {
    path: (s) => `/integrations/agentic-functions/${s.desk.id}`,
    writes: (page, s) => [
      page.getByRole('button', { name: 'Add Function' }),
      page.getByRole('switch', { name: `Enabled: ${s.handoff}` }),
      page.getByRole('button', { name: `Edit ${s.handoff}` }),
      page.getByRole('button', { name: `Delete ${s.handoff}` }),
      page.getByRole('button', { name: 'Add test' }),
      page.getByRole('button', { name: 'Import CSV' }),
      page.getByRole('button', { name: 'Run tests' }),
      page.getByRole('button', { name: `Edit test ${FAILING}` }),
      page.getByRole('button', { name: `Delete test ${FAILING}` }),
    ],
    reads: (page, s) => [
      page.getByRole('listitem', { name: s.handoff }).getByText('Hand off when the customer asks about opening hours or parking.'),
      page.getByRole('button', { name: /^View tool / }),
      page.getByRole('listitem', { name: FAILING }),
      page.getByRole('region', { name: 'Routing tests' }).getByRole('status').filter({ hasText: '0 of 1 passed' }),
      page.getByRole('link', { name: 'Export CSV' }),
    ],
  },
  {
    path: (s) => `/routing-tests/runs/${s.runId}`,
    writes: (page) => [page.getByRole('button', { name: /^Add this message as an example/ })],
    reads: (page) => [page.getByRole('list', { name: 'Failures' }).getByRole('listitem', { name: `Failed: “${FAILING}”` })],
  },
  {
    path: () => '/routing-tests',
    writes: (page) => [page.getByRole('button', { name: 'Run all tests' }), page.getByRole('button', { name: `Edit test ${FAILING}` }).first()],
    reads: (page, s) => [page.getByRole('region', { name: new RegExp(`^${s.desk.name}`) }).getByRole('listitem', { name: FAILING })],
  },
  {
    path: (s) => `/review/history/${s.functionId}`,
    writes: (page) => [page.getByRole('button', { name: 'Restore version 1' })],
    reads: (page) => [page.getByRole('list', { name: 'History' }).getByRole('listitem').first()],
  },
  {
    path: () => '/review',
    writes: (page) => [
      page.getByLabel('Workspace file (JSON)'),
      page.getByRole('button', { name: 'Preview import' }),
      // A finding leads a viewer to "Open" the function, not to "Edit" it or "Add a handoff".
      page.getByRole('list', { name: 'Findings' }).getByRole('link', { name: /^(Edit|Add a handoff)/ }),
    ],
    reads: (page) => [page.getByRole('link', { name: 'Download workspace (JSON)' }), page.getByRole('list', { name: 'Findings' })],
  },
  {
    path: (s) => `/test-chat/sessions/${s.sessionId}`,
    writes: (page) => [page.getByRole('button', { name: /^Save as test/ })],
    reads: (page) => [page.getByRole('region', { name: 'Transcript' }).getByText('Where do I park?')],
  },
];

test('a viewer reads every page without a control that changes anything, and still chats in Test Chat', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const s = await shop(page.request);
  for (const check of CHECKS) {
    await page.goto(check.path(s));
    for (const locator of [...check.writes(page, s), ...check.reads(page, s)]) await expect(locator.first(), `owner on ${check.path(s)}`).toBeVisible();
  }

  const viewer = await inviteMember(page, browser, baseURL, 'viewer');
  try {
    const v = viewer.page;
    for (const check of CHECKS) {
      await v.goto(check.path(s));
      for (const locator of check.reads(v, s)) await expect(locator.first(), `viewer on ${check.path(s)}`).toBeVisible();
      for (const locator of check.writes(v, s)) await expect(locator, `viewer on ${check.path(s)}`).toHaveCount(0);
    }
    // Where a form would be, a plain word why not; the agent's settings stay readable.
    await v.goto('/agents/new');
    await expect(v.getByRole('note')).toHaveText(/Viewers cannot change agents\./);
    await v.goto(`/agents/${s.desk.id}`);
    await expect(v.getByRole('heading', { level: 1 })).toHaveText(s.desk.name);
    await expect(v.getByRole('note')).toContainText('Viewers cannot change agents.');

    // Test Chat stays theirs: a message gets an answer, with no "Save as test" on it. Wide enough for the side panels.
    await v.setViewportSize({ width: 1440, height: 900 });
    await v.goto(`/test-chat?agent=${s.desk.id}`);
    await expect(v.getByTestId('active-agent')).toHaveText(s.desk.name);
    const log = v.getByRole('log', { name: 'Conversation' });
    await v.getByRole('textbox', { name: 'Message' }).fill('Hello, is anyone there?');
    await v.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(log.getByText('Hello, is anyone there?', { exact: true })).toBeVisible();
    // The reply comes after the message the viewer sent.
    await expect(log.locator('[data-event="message"]').last()).toHaveAttribute('data-role', 'assistant');
    await expect(v.getByText(/is thinking…/)).toHaveCount(0);
    await expect(log.getByRole('button', { name: /^Save as test/ })).toHaveCount(0);
    await expect(v.getByRole('region', { name: 'Offered tools' }).getByRole('link', { name: 'View functions' })).toBeVisible();
  } finally {
    await viewer.context.close();
  }
});
