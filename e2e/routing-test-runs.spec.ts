import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';
import { expectNoViolations } from './support/axe';

/** A garden centre's front desk with two teams, as the simulated model routes them. */
async function gardenCentre(request: APIRequestContext) {
  const suffix = Date.now();
  const desk = await createAgent(request, { name: `Desk ${suffix}`, description: 'Front desk of a garden centre.' });
  const garden = await createAgent(request, { name: `Garden ${suffix}`, description: 'Plants, seeds and lawn care.' });
  const tools = await createAgent(request, { name: `Tools ${suffix}`, description: 'Spades, mowers and hoses.' });
  await createHandoff(request, desk.id, garden.id, 'Hand off when the customer asks about plants, flowers, seeds or lawn care.');
  await createHandoff(request, desk.id, tools.id, 'Hand off when the customer asks about garden tools: spades, lawn mowers or hoses.');
  return { desk, garden, tools };
}

const section = (page: Page) => page.getByRole('region', { name: 'Routing tests' });
const SAY = 'My plants are wilting in the heat';

test.describe('Routing test runs', () => {
  test('save a case from a chat, run it, break it in a draft and see it fail before saving, then fix it with an example', async ({ page }) => {
    test.setTimeout(120_000);
    const { desk, garden } = await gardenCentre(page.request);

    // Save a case from Test Chat.
    await page.goto(`/test-chat?agent=${desk.id}`);
    const log = page.getByRole('log', { name: 'Conversation' });
    await page.getByRole('textbox', { name: 'Message' }).fill(SAY);
    await page.getByRole('textbox', { name: 'Message' }).press('Enter');
    await expect(page.getByTestId('active-agent')).toHaveText(garden.name);
    await log.getByRole('button', { name: `Save as test: “${SAY}”` }).click();
    const saveDialog = page.getByRole('dialog', { name: 'Save as test' });
    await expect(saveDialog.getByLabel('Expected outcome')).toHaveValue(garden.id);
    await saveDialog.getByRole('button', { name: 'Save' }).click();
    await expect(saveDialog).toBeHidden();

    // Run it: it passes.
    await page.goto(`/integrations/agentic-functions/${desk.id}`);
    await section(page).getByRole('button', { name: 'Run tests' }).click();
    await expect(section(page).getByRole('status').filter({ hasText: 'passed' })).toHaveText(/1 of 1 passed/);

    // Edit the handoff description so the case breaks: the draft preview says so before anything is saved.
    const title = `Agent Handoff to ${garden.name}`;
    await page.getByRole('listitem', { name: title }).getByRole('button', { name: `Edit ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Agent Handoff' });
    await dialog.getByLabel('Description').fill('Hand off when the customer asks about opening hours or parking.');
    await dialog.getByRole('button', { name: 'Check against tests' }).click();
    const check = dialog.getByRole('status', { name: 'Check against tests' });
    await expect(check).toContainText('Would newly fail (1)');
    await expect(check.getByRole('list', { name: 'Would newly fail (1)' })).toContainText(`“${SAY}”: expects ${garden.name}, would stay with this agent`);
    await expectNoViolations(page);
    // Typing on makes the result the previous draft's: it says so until checked again.
    await dialog.getByLabel('Description').press('End');
    await dialog.getByLabel('Description').pressSequentially(' ');
    await expect(check).toContainText('The draft has changed since this check');
    await dialog.getByRole('button', { name: 'Check against tests' }).click();
    await expect(check).not.toContainText('The draft has changed since this check');
    await expect(check).toContainText('Would newly fail (1)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    // Run again: it fails; the run's page says what happened instead, why, and shows the confusion table.
    await section(page).getByRole('button', { name: 'Run tests' }).click();
    await expect(section(page).getByRole('status').filter({ hasText: 'passed' })).toHaveText(/0 of 1 passed/);
    await section(page).getByRole('link', { name: 'View results' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Test run: ${desk.name}'s tests`);
    const failure = page.getByRole('list', { name: 'Failures' }).getByRole('listitem', { name: `Failed: “${SAY}”` });
    await expect(failure).toContainText(`Expected: hand off to ${garden.name}`);
    await expect(failure).toContainText(`Stayed with ${desk.name}`);
    await expect(failure.getByRole('table', { name: 'Each tool’s score and the words it matched' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Expected vs reached agent' });
    await expect(table.getByRole('rowheader', { name: garden.name })).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(`^${garden.name}`) }).getByRole('cell')).toHaveText(['0', '1']);
    await expect(table.getByRole('columnheader', { name: 'No handoff' })).toBeVisible();
    await expectNoViolations(page);

    // Add the message as an example of the handoff it should have taken, and run again.
    await failure.getByRole('button', { name: new RegExp(`^Add this message as an example of the handoff to ${garden.name}`) }).click();
    await expect(failure.getByRole('status')).toHaveText(`Added as an example of the handoff to ${garden.name}.`);
    const { functions } = (await (await page.request.get(`/api/v1/agents/${desk.id}/functions`)).json()) as { functions: { config: { examples?: string[] } }[] };
    expect(functions.some((fn) => fn.config.examples?.includes(SAY))).toBe(true);
    // Read again, the run's page no longer offers to add what is already there.
    await page.reload();
    await expect(failure).toContainText(`This message is an example of the handoff to ${garden.name}: run the tests again to see it count.`);
    await expect(failure.getByRole('button', { name: /^Add this message as an example/ })).toHaveCount(0);

    await page.goto(`/integrations/agentic-functions/${desk.id}`);
    await section(page).getByRole('button', { name: 'Run tests' }).click();
    await expect(section(page).getByRole('status').filter({ hasText: 'passed' })).toHaveText(/1 of 1 passed/);
  });

  test('run all tests shows progress and can be cancelled; the run list names what started failing and what changed in between', async ({ page }) => {
    test.setTimeout(120_000);
    const { desk, tools } = await gardenCentre(page.request);
    // Long conversations of messages all different (none decided from a cache), so the run lasts long enough to watch and cancel.
    const long = (n: number) => Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? `Case ${n}: I need seeds for vegetable patch number ${i}` : `Case ${n}: and a new hose for lawn number ${i}`));
    const created: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const response = await page.request.post(`/api/v1/agents/${desk.id}/tests`, { data: { name: `Long ${i}`, messages: long(i), expect: { handoffTo: tools.id } } });
      expect(response.status()).toBe(201);
      created.push(((await response.json()) as { id: string }).id);
    }
    await page.goto('/routing-tests');
    const runs = page.getByRole('region', { name: 'Runs' });
    await runs.getByRole('button', { name: 'Run all tests' }).click();
    const progress = runs.getByRole('progressbar', { name: 'Running all tests' });
    await expect(progress).toHaveAttribute('aria-valuetext', /^\d+ of \d+$/);
    await expect(progress).toHaveAttribute('aria-valuemin', '0');
    await runs.getByRole('button', { name: 'Cancel' }).click();
    await expect(runs.getByRole('status')).toContainText(/Cancelled after \d+ of \d+/);
    await expect(runs.getByRole('button', { name: 'Run all tests' })).toBeEnabled();
    for (const id of created) expect((await page.request.delete(`/api/v1/tests/${id}`)).status()).toBe(204);

    // A passing run, a change, then a failing run: the list says which case started failing and links the change.
    const shop = await gardenCentre(page.request);
    expect((await page.request.post(`/api/v1/agents/${shop.desk.id}/tests`, { data: { name: 'Seeds', messages: ['Do you sell flower seeds?'], expect: { handoffTo: shop.garden.id } } })).status()).toBe(201);
    expect((await page.request.post('/api/v1/test-runs', { data: { agentId: shop.garden.id } })).status()).toBe(422);
    const first = await page.request.post('/api/v1/test-runs', { data: { agentId: shop.desk.id } });
    expect(first.status()).toBe(201);
    expect(await first.json()).toMatchObject({ passed: 1, total: 1, status: 'finished' });
    const { functions } = (await (await page.request.get(`/api/v1/agents/${shop.desk.id}/functions`)).json()) as { functions: { id: string; targetAgentId: string; version: number }[] };
    const toGarden = functions.find((fn) => fn.targetAgentId === shop.garden.id) as { id: string; version: number };
    const patched = await page.request.patch(`/api/v1/functions/${toGarden.id}`, { data: { version: toGarden.version, enabled: false } });
    expect(patched.status()).toBe(200);
    const second = await page.request.post('/api/v1/test-runs', { data: { agentId: shop.desk.id } });
    expect(await second.json()).toMatchObject({ passed: 0, total: 1, results: [{ ok: false }] });

    await page.reload();
    const newest = page.getByRole('list', { name: 'Test runs' }).getByRole('listitem').first();
    await expect(newest).toContainText('Started failing in this run (1):');
    await expect(newest).toContainText('Seeds');
    await newest.getByText(/1 change since the run before/).click();
    const change = newest.getByRole('list', { name: 'Changes since the run before' }).getByRole('link', { name: new RegExp(`^Disabled ${shop.desk.name} → ${shop.garden.name}`) });
    await expect(change).toHaveAttribute('href', new RegExp(`^/review/history/${toGarden.id}#aud_`));
    await expectNoViolations(page);
    await change.click();
    await expect(page).toHaveURL(new RegExp(`/review/history/${toGarden.id}#aud_`));
    // The function's history marks the change the link meant, followed inside the app as it was.
    const meant = page.getByRole('list', { name: 'History' }).locator('li[aria-current="true"]');
    await expect(meant).toHaveCount(1);
    await expect(meant).toHaveAttribute('id', new URL(page.url()).hash.slice(1));
    await expect(meant).toHaveAccessibleName(/^Disabled: /);
  });

  test('the runs API refuses bad input on the field, and unknown ids are 404', async ({ request }) => {
    const { desk } = await gardenCentre(request);
    const fieldsOf = async (response: Awaited<ReturnType<APIRequestContext['post']>>, status: number) => {
      expect(response.status()).toBe(status);
      return Object.keys(((await response.json()) as { error: { fieldErrors?: Record<string, string[]> } }).error.fieldErrors ?? {});
    };
    expect(await fieldsOf(await request.post('/api/v1/test-runs', { data: { agentId: 5 } }), 422)).toEqual(['agentId']);
    expect(await fieldsOf(await request.post('/api/v1/test-runs', { data: { everything: true } }), 422)).toEqual(['everything']);
    expect(await fieldsOf(await request.post('/api/v1/test-runs', { data: { agentId: desk.id } }), 422)).toEqual(['agentId']);
    expect((await request.post('/api/v1/test-runs', { data: { agentId: 'agt_nope' } })).status()).toBe(404);
    expect(await fieldsOf(await request.get('/api/v1/test-runs?limit=0'), 422)).toEqual(['limit']);
    expect((await request.get('/api/v1/test-runs/run_nope')).status()).toBe(404);
    expect((await request.post('/api/v1/test-runs/run_nope/cancel', { data: {} })).status()).toBe(404);
    expect((await request.post('/api/v1/agents/agt_nope/tests/preview', { data: { config: {} } })).status()).toBe(404);
    expect((await fieldsOf(await request.post(`/api/v1/agents/${desk.id}/tests/preview`, { data: { config: { description: '' } } }), 422)).sort()).toEqual(['config.description', 'config.targetAgentId']);
    expect(await fieldsOf(await request.post(`/api/v1/agents/${desk.id}/tests/preview`, { data: { config: [] } }), 422)).toEqual(['config']);
    const empty = await request.post(`/api/v1/agents/${desk.id}/tests/preview`, { data: { config: { targetAgentId: desk.id, description: 'x' } } });
    expect(await fieldsOf(empty, 422)).toEqual(['config.targetAgentId']);
  });
});
