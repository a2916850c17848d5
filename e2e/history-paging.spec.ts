import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAgent } from './support/api';

// Session history and the workspace history are paged on the server; `?size=2` makes a handful of
// rows several pages. Tests run one at a time, so the rows made here are the newest in either list.

/** An agent named `name`, its description saying which spec made it. */
const namedAgent = (request: APIRequestContext, name: string) => createAgent(request, { name, description: `${name}, made by the history paging test.` });

test('the session history pages newest first, over the API and on the page', async ({ page, request }) => {
  const agent = await namedAgent(request, `Sessions${Date.now().toString(36)}`);
  const sessions: string[] = [];
  for (let n = 0; n < 3; n += 1) {
    const response = await request.post('/api/v1/sessions', { data: { agentId: agent.id } });
    expect(response.status()).toBe(201);
    const { id } = (await response.json()) as { id: string };
    // The history lists conversations: sessions the customer wrote in.
    expect((await request.post(`/api/v1/sessions/${id}/messages`, { data: { content: `Question ${n + 1}` } })).status()).toBe(200);
    sessions.push(id);
  }
  const [oldest, middle, newest] = sessions as [string, string, string];

  const first = await (await request.get('/api/v1/sessions?size=2')).json();
  expect(first.sessions.map((s: { id: string }) => s.id)).toEqual([newest, middle]);
  expect(first.page).toMatchObject({ page: 1, size: 2 });
  expect(first.page.total).toBeGreaterThanOrEqual(3);
  const second = await (await request.get('/api/v1/sessions?size=2&page=2')).json();
  expect(second.sessions[0].id).toBe(oldest);
  const past = await (await request.get(`/api/v1/sessions?size=2&page=${first.page.pageCount + 1}`)).json();
  expect(past.sessions).toEqual([]);
  const tooBig = await request.get('/api/v1/sessions?size=101');
  expect(tooBig.status()).toBe(422);
  expect((await tooBig.json()).error.fieldErrors).toHaveProperty('size');

  await page.goto('/test-chat/sessions?size=2');
  const pages = page.getByRole('navigation', { name: 'Sessions pages' });
  await expect(pages).toContainText(`1–2 of ${first.page.total}`);
  const transcripts = page.getByRole('link', { name: 'Transcript' });
  await expect(transcripts).toHaveCount(2);
  await expect(transcripts.first()).toHaveAttribute('href', `/test-chat/sessions/${newest}`);
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/page=2.*size=2/);
  await expect(pages).toContainText(`3–${Math.min(4, first.page.total)} of ${first.page.total}`);
  await expect(transcripts.first()).toHaveAttribute('href', `/test-chat/sessions/${oldest}`);
  await pages.getByRole('link', { name: 'Previous page' }).click();
  await expect(transcripts.first()).toHaveAttribute('href', `/test-chat/sessions/${newest}`);
  expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(204);
});

test('the workspace history pages within its filter, and a link to one change opens its page', async ({ page, request }) => {
  const tag = `Hist${Date.now().toString(36)}`;
  const agents = [];
  for (let n = 1; n <= 5; n += 1) agents.push(await namedAgent(request, `${tag} ${n}`));
  const created = (n: number) => `Created: Agent ${tag} ${n}`;

  await page.goto('/review/history?entity=agent&size=2');
  const history = page.getByRole('list', { name: 'History' });
  const pages = page.getByRole('navigation', { name: 'History pages' });
  await expect(history.getByRole('listitem', { name: /^Created: / }).first()).toHaveAccessibleName(created(5));
  await expect(pages).toContainText('1–2 of');
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/entity=agent.*page=2.*size=2/);
  await expect(pages).toContainText('3–4 of');
  const third = history.getByRole('listitem', { name: created(3) });
  await expect(third).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'History filter' }).getByRole('link', { name: 'Agents' })).toHaveAttribute('aria-current', 'page');
  const entryId = await third.getAttribute('id');

  // A function's change, then the Functions filter: its first page, the size kept.
  const fn = await request.post(`/api/v1/agents/${agents[0]?.id}/functions`, {
    data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: agents[1]?.id, description: 'Hand off questions about the history pager.' } },
  });
  expect(fn.status()).toBe(201);
  await page.getByRole('navigation', { name: 'History filter' }).getByRole('link', { name: 'Functions' }).click();
  await expect(page).toHaveURL(/entity=function&size=2$/);
  await expect(history.getByRole('listitem').first()).toHaveAccessibleName(new RegExp(`^Created: ${tag} 1 → ${tag} 2 `));

  // Two newer agent changes later, the linked entry sits on page 3 of the Agents filter.
  agents.push(await namedAgent(request, `${tag} 6`), await namedAgent(request, `${tag} 7`));
  await page.goto(`/review/history?entity=agent&size=2&entry=${entryId}#${entryId}`);
  await expect(pages).toContainText('5–6 of');
  await expect(history.getByRole('listitem', { name: created(3) })).toBeVisible();

  for (const agent of agents) expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(204);
});
