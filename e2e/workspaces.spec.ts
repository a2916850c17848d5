import { expect, test } from '@playwright/test';

test('a second workspace: its own agents, the switcher moves between them, and its ids are 404 from the first', async ({ page, request }) => {
  const run = Date.now().toString(36);
  const workspaceName = `Second team ${run}`;
  const agentName = `Hidden Agent ${run}`;

  // This browser makes and works in the second workspace; `request` keeps the shared session's workspace.
  await page.goto('/workspaces/new');
  await page.getByLabel('Workspace name').fill(workspaceName);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Agents', level: 1 })).toBeVisible();
  const switcher = page.getByRole('combobox', { name: 'Workspace' });
  await expect(switcher.locator('option:checked')).toHaveText(workspaceName);
  await expect(page.getByText('No agents yet', { exact: false })).toBeVisible();

  const created = await page.request.post('/api/v1/agents', { data: { name: agentName, description: 'Only in the second team.' } });
  expect(created.status()).toBe(201);
  const agent = (await created.json()) as { id: string };

  // The first workspace neither lists it nor opens it, and says 404, not 403.
  const firstList = await (await request.get('/api/v1/agents')).json();
  expect(firstList.agents.map((a: { name: string }) => a.name)).not.toContain(agentName);
  expect((await request.get(`/api/v1/agents/${agent.id}`)).status()).toBe(404);
  expect((await request.patch(`/api/v1/agents/${agent.id}`, { data: { description: 'Taken over' } })).status()).toBe(404);
  expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(404);

  // Switching back in the browser: the demo agents, and the second team's agent page is not found.
  // Choosing submits the switch, which lands on Agentic Functions: wait for it before the next page.
  await switcher.selectOption({ label: 'Demo workspace' });
  await expect(page).toHaveURL(/\/integrations\/agentic-functions$/);
  await expect(switcher.locator('option:checked')).toHaveText('Demo workspace');
  // Searched for, as the list is paged and other specs' agents may come before it by name.
  await page.goto('/agents?q=General%20Support');
  await expect(page.getByRole('rowheader', { name: 'General Support' })).toBeVisible();
  await page.goto(`/agents?q=${encodeURIComponent(agentName)}`);
  await expect(page.getByText(`No agent matches “${agentName}”.`)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: agentName })).toHaveCount(0);
  const response = await page.goto(`/integrations/agentic-functions/${agent.id}`);
  expect(response?.status()).toBe(404);

  // And back again: it is there.
  await page.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: workspaceName });
  await expect(page).toHaveURL(/\/integrations\/agentic-functions$/);
  await page.goto('/agents');
  await expect(page.getByText(agentName)).toBeVisible();
});

test('a switch in another tab is said at once, and this tab can stay in its own workspace', async ({ page }) => {
  const run = Date.now().toString(36);
  const mine = `Tab team ${run}`;
  await page.goto('/workspaces/new');
  await page.getByLabel('Workspace name').fill(mine);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await expect(page.getByRole('heading', { name: 'Agents', level: 1 })).toBeVisible();

  // The same browser, another tab: it switches to the demo workspace.
  const other = await page.context().newPage();
  await other.goto('/agents');
  await other.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: 'Demo workspace' });
  await expect(other).toHaveURL(/\/integrations\/agentic-functions$/);

  // This tab was rendered for its own workspace, and says what a save would now do.
  const warning = page.getByRole('alert').filter({ hasText: 'Another tab switched to Demo workspace' });
  await expect(warning).toContainText(`This page shows ${mine}, but what you save here would now go to Demo workspace.`);
  await warning.getByRole('button', { name: `Stay in ${mine}` }).click();
  await expect(warning).toHaveCount(0);
  // The workspace is this tab's again (the cookie-authenticated API reads it), and the other tab is told.
  expect((await (await page.request.get('/api/v1/agents')).json()).agents).toEqual([]);
  await expect(other.getByRole('alert').filter({ hasText: `Another tab switched to ${mine}` })).toBeVisible();
  await other.getByRole('button', { name: `Show ${mine}` }).click();
  await expect(other.getByRole('alert').filter({ hasText: 'Another tab switched' })).toHaveCount(0);
  await expect(other.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText(mine);
  await other.close();
});
