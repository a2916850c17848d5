import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';

// A large workspace's lists are paged on the server; the page size is lowered through the URL so a
// dozen rows make three pages.

/** An agent named `name`, its description saying which spec made it. */
const namedAgent = (request: APIRequestContext, name: string) => createAgent(request, { name, description: `${name}, made by the paging test.` });

test('the agents list pages through a search, keeping it in the URL', async ({ page, request }) => {
  const tag = `Pager${Date.now().toString(36)}`;
  const created = [];
  for (let n = 1; n <= 12; n += 1) created.push(await namedAgent(request, `${tag} ${String(n).padStart(2, '0')}`));

  await page.goto('/agents?size=5');
  await page.getByRole('searchbox', { name: 'Search agents' }).fill(tag.toLowerCase());
  await page.getByRole('searchbox', { name: 'Search agents' }).press('Enter');
  const pages = page.getByRole('navigation', { name: 'Agents pages' });
  await expect(pages).toContainText('1–5 of 12');
  await expect(page.getByRole('rowheader')).toHaveText([1, 2, 3, 4, 5].map((n) => `${tag} 0${n}`));

  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(pages).toContainText('6–10 of 12 · page 2 of 3');
  await expect(page).toHaveURL(new RegExp(`q=${tag.toLowerCase()}.*page=2.*size=5`));
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(page.getByRole('rowheader')).toHaveText([`${tag} 11`, `${tag} 12`]);
  await expect(pages.getByText('Next page')).toHaveAttribute('aria-disabled', 'true');
  await pages.getByRole('link', { name: 'Previous page' }).click();
  await expect(pages).toContainText('6–10 of 12');
  await deleteAll(request, created);
});

test('the review table pages keep its filters, and a new sort starts at the first page', async ({ page, request }) => {
  const tag = `Paged${Date.now().toString(36)}`;
  const desk = await namedAgent(request, `${tag} Desk`);
  const teams = [];
  for (let n = 1; n <= 7; n += 1) {
    const team = await namedAgent(request, `${tag} Team ${n}`);
    teams.push(team);
    await createHandoff(request, desk.id, team.id, `Hand off questions about topic ${n}.`);
  }

  await page.goto(`/review?agent=${desk.id}&size=3`);
  const pages = page.getByRole('navigation', { name: 'Functions pages' });
  await expect(pages).toContainText('1–3 of 7');
  await pages.getByRole('link', { name: 'Next page' }).click();
  await expect(pages).toContainText('4–6 of 7');
  await expect(page).toHaveURL(new RegExp(`agent=${desk.id}.*page=2`));
  const table = page.getByRole('table', { name: /Agentic functions/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText(`${tag} Desk`);

  await table.getByRole('link', { name: /Target/ }).click();
  await expect(pages).toContainText('1–3 of 7');
  await expect(page).toHaveURL(/sort=target/);
  await expect(page).not.toHaveURL(/page=/);
  // The desk first: deleting it deletes its handoffs, which keep the teams from being deleted.
  await deleteAll(request, [desk, ...teams]);
});

test('findings are summarised by kind with counts, each kind paged, and paging either list keeps the other', async ({ page, request }) => {
  const tag = `Kinds${Date.now().toString(36)}`;
  const desk = await namedAgent(request, `${tag} Desk`);
  const teams = [];
  // One word each: vague (too short), and each team hands back to no one.
  for (const topic of ['Invoices', 'Parcels', 'Passwords', 'Refunds', 'Upgrades']) {
    const team = await namedAgent(request, `${tag} ${topic}`);
    teams.push(team);
    await createHandoff(request, desk.id, team.id, `${topic}.`);
  }

  await page.goto(`/review?q=${tag}&size=2&fsize=2`);
  const kinds = page.getByRole('navigation', { name: 'Finding kinds' });
  await expect(kinds.getByRole('link')).toHaveText(['All · 10', 'Vague description · 5', 'No way back · 5']);
  await expect(kinds.getByRole('link', { name: 'All · 10' })).toHaveAttribute('aria-current', 'page');
  const findings = page.getByRole('list', { name: 'Findings' }).getByRole('listitem');
  await expect(findings).toHaveCount(2);
  const findingPages = page.getByRole('navigation', { name: 'Findings pages' });
  await expect(findingPages).toContainText('1–2 of 10');

  await kinds.getByRole('link', { name: 'Vague description · 5' }).click();
  await expect(page).toHaveURL(/finding=vague_description/);
  await expect(findingPages).toContainText('1–2 of 5');
  await findingPages.getByRole('link', { name: 'Next page' }).click();
  await expect(findingPages).toContainText('3–4 of 5 · page 2 of 3');
  await expect(findings).toHaveText([/Vague description: /, /Vague description: /]);

  // The functions' pages keep the findings where they are, and the other way round.
  const functionPages = page.getByRole('navigation', { name: 'Functions pages' });
  await functionPages.getByRole('link', { name: 'Next page' }).click();
  await expect(functionPages).toContainText('3–4 of 5');
  await expect(findingPages).toContainText('3–4 of 5');
  await expect(page).toHaveURL(/q=.*page=2.*finding=vague_description.*fpage=2/);

  // A filter starts both lists again and keeps the kind: the desk's findings are its vague handoffs.
  await page.getByLabel('Agent', { exact: true }).selectOption({ label: desk.name });
  await expect(page).toHaveURL(new RegExp(`agent=${desk.id}`));
  await expect(page).not.toHaveURL(/page=/);
  await expect(kinds.getByRole('link')).toHaveText(['All · 5', 'Vague description · 5']);
  await expect(findingPages).toContainText('1–2 of 5');
  await deleteAll(request, [desk, ...teams]);
});

/** Leaves the shared database as it was, so the map and other lists elsewhere in the suite do not draw these. */
async function deleteAll(request: APIRequestContext, agents: { id: string }[]) {
  for (const agent of agents) expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(204);
}
