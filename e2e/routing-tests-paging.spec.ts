import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAgent } from './support/api';

// Routing tests (up to 5,000 a workspace) and their runs are paged on the server; `?size=2` and
// `?tsize=2` make a few cases several pages. Tests run one at a time, so the runs made here are the newest.

/** An agent named `name`, its description saying which spec made it. */
const namedAgent = (request: APIRequestContext, name: string) => createAgent(request, { name, description: `${name}, made by the routing tests paging test.` });

async function createTests(request: APIRequestContext, agentId: string, names: string[]) {
  for (const name of names) {
    const response = await request.post(`/api/v1/agents/${agentId}/tests`, { data: { name, messages: [`${name}: hello`], expect: { handoffTo: null } } });
    expect(response.status()).toBe(201);
  }
}

test('routing tests page by agent on the routing tests page and on the agent’s page; runs page on their own', async ({ page, request }) => {
  test.setTimeout(90_000);
  const tag = `Cases${Date.now().toString(36)}`;
  const desk = await namedAgent(request, `${tag} Desk`);
  const team = await namedAgent(request, `${tag} Team`);
  await createTests(request, desk.id, ['D1', 'D2', 'D3', 'D4', 'D5']);
  await createTests(request, team.id, ['T1', 'T2', 'T3']);

  await page.goto(`/routing-tests?agent=${desk.id}&size=2`);
  const pages = page.getByRole('navigation', { name: 'Routing tests pages' });
  await expect(pages).toContainText('1–2 of 5');
  await expect(page.getByRole('heading', { name: `${desk.name} · 5 tests` })).toBeVisible();
  const cases = page.getByRole('list', { name: `Routing tests of ${desk.name}` }).getByRole('listitem');
  await expect(cases).toHaveCount(2);
  await expect(cases.first()).toHaveAccessibleName('D1');
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`agent=${desk.id}&page=2&size=2`));
  await expect(pages).toContainText('3–4 of 5');
  await expect(cases.first()).toHaveAccessibleName('D3');

  // The filter: another agent, from its first page, the size kept.
  const filter = page.getByRole('search', { name: 'Filter routing tests' });
  await filter.getByLabel('Agent').selectOption({ label: `${team.name} (3)` });
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`agent=${team.id}&size=2$`));
  await expect(pages).toContainText('1–2 of 3');
  await expect(page.getByRole('list', { name: `Routing tests of ${team.name}` }).getByRole('listitem').first()).toHaveAccessibleName('T1');

  // Eleven runs make a second page of runs; paging them keeps the tests' view.
  for (let n = 0; n < 11; n += 1) expect((await request.post('/api/v1/test-runs', { data: { agentId: team.id } })).status()).toBe(201);
  await page.goto(`/routing-tests?agent=${team.id}&size=2&page=2`);
  const runPages = page.getByRole('navigation', { name: 'Runs pages' });
  await expect(runPages).toContainText('1–10 of');
  await runPages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`agent=${team.id}&page=2&size=2&runs=2`));
  await expect(runPages).toContainText('11–');
  await expect(pages).toContainText('3–3 of 3');

  // The agent's own page lists its tests a page at a time too.
  await page.goto(`/integrations/agentic-functions/${desk.id}?tsize=2`);
  const section = page.getByRole('region', { name: 'Routing tests' });
  await expect(section.getByRole('list', { name: `Routing tests of ${desk.name}` }).getByRole('listitem')).toHaveCount(2);
  const sectionPages = section.getByRole('navigation', { name: 'Routing tests pages' });
  await expect(sectionPages).toContainText('1–2 of 5');
  await sectionPages.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`/integrations/agentic-functions/${desk.id}\\?tpage=2&tsize=2#routing-tests$`));
  await expect(sectionPages).toContainText('3–4 of 5');

  for (const agent of [desk, team]) expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(204);
});
