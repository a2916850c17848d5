import { expect, test } from '@playwright/test';
import { postCreated } from './support/api';

test('the map focuses on an agent found by name, shows its neighbours, and re-centres on one', async ({ page, request }) => {
  const tag = Date.now().toString(36);
  const names = ['Lobby', 'Parcels', 'Lockers', 'Couriers', 'Depot'].map((name) => `${name} ${tag}`);
  const [lobby, parcels, lockers, couriers, depot] = await Promise.all(names.map((name) => postCreated(request, '/api/v1/agents', { name, description: `${name} agent.` })));
  // Lobby → Parcels → Lockers → Couriers: a chain, so depth decides what is shown. Depot → Lockers too:
  // it shares a neighbour with Parcels without reaching it or being reached from it.
  for (const [from, to] of [[lobby, parcels], [parcels, lockers], [lockers, couriers], [depot, lockers]] as const) {
    await postCreated(request, `/api/v1/agents/${from?.id}/functions`, { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: to?.id, description: 'Hand off the next step of the delivery.' } });
  }

  await page.goto('/review/map');
  const search = page.getByRole('search', { name: 'Focus the map' });
  await search.getByLabel('Find an agent').fill(`parcels ${tag}`);
  await search.getByRole('button', { name: 'Focus' }).click();
  await expect(page.getByRole('status')).toContainText(`${names[1]}, the agents handing off to it and those it hands off to, up to 1 route away: 3 agents, 2 routes.`);
  const map = page.getByRole('group', { name: 'Handoff map' });
  await expect(map.locator('a[data-agent]')).toHaveCount(3);
  await expect(map.getByRole('link', { name: `${names[0]}: centre the map on it` })).toBeVisible();
  await expect(map.getByRole('link', { name: `${names[1]}: open its functions` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Routes' }).getByRole('listitem')).toHaveCount(2);

  await search.getByLabel('Depth').selectOption('2');
  await search.getByRole('button', { name: 'Focus' }).click();
  await expect(map.locator('a[data-agent]')).toHaveCount(4);
  await expect(map.getByRole('link', { name: `${names[4]}: centre the map on it` })).toHaveCount(0);

  await map.getByRole('link', { name: `${names[3]}: centre the map on it` }).click();
  await expect(page).toHaveURL(new RegExp(`agent=${couriers?.id}&depth=2`));
  await expect(page.getByRole('status')).toContainText(`${names[3]}, the agents handing off to it and those it hands off to, up to 2 routes away: 4 agents, 3 routes.`);
  await expect(map.getByRole('link', { name: `${names[4]}: centre the map on it` })).toBeVisible();
  // The list under the map holds the focused agent's own routes; its neighbours' are only drawn.
  await expect(page.getByRole('heading', { name: `Routes of ${names[3]}` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Routes' }).getByRole('listitem')).toHaveText([`${names[2]} → ${names[3]} via transfer_to_couriers_${tag}: Hand off the next step of the delivery.`]);
  await expect(page.getByText('2 more routes among its neighbours are drawn above')).toBeVisible();

  // A part of several names shows the first and offers the others, never picking one silently.
  await search.getByLabel('Find an agent').fill(tag);
  await search.getByRole('button', { name: 'Focus' }).click();
  const others = page.locator('p').filter({ hasText: `Also named like “${tag}”:` });
  await expect(others.getByRole('link')).toHaveCount(4);
  await others.getByRole('link', { name: names[2] as string, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`agent=${lockers?.id}`));
  await expect(page.getByRole('status')).toContainText(`${names[2]}, the agents handing off to it`);

  await search.getByLabel('Find an agent').fill('no such agent anywhere');
  await search.getByRole('button', { name: 'Focus' }).click();
  await expect(page.getByRole('status')).toContainText('No agent is named like “no such agent anywhere”.');

  for (const agent of [lobby, parcels, lockers, couriers, depot]) expect((await request.delete(`/api/v1/agents/${agent?.id}`)).status()).toBeLessThan(500);
});
