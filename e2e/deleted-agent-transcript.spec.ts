import { expect, test } from '@playwright/test';
import { createAgent, createHandoff } from './support/api';

test('deleting an agent keeps its test transcripts, naming it deleted, and says so in the history', async ({ page, request }) => {
  // Three cold page loads and a first message on a fresh production server: more than the default allows on a busy machine.
  test.slow();
  const suffix = Date.now();
  const desk = await createAgent(request, { name: `Desk ${suffix}`, description: 'Front desk of a garden centre.', greeting: `Desk ${suffix} here, hello!` });
  const garden = await createAgent(request, { name: `Garden ${suffix}`, description: 'Plants, seeds and lawn care.', greeting: `Garden ${suffix} here: let's talk plants.` });
  const handoff = await createHandoff(request, desk.id, garden.id, 'Hand off when the customer asks about plants, flowers, seeds or lawn care.');
  const session = await (await request.post('/api/v1/sessions', { data: { agentId: desk.id } })).json();
  const turn = await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'My flowers are wilting and I need new seeds' } });
  expect((await turn.json()).activeAgentId).toBe(garden.id);

  // Garden can go once no handoff targets it.
  expect((await request.delete(`/api/v1/functions/${handoff.id}`)).status()).toBe(204);
  expect((await request.delete(`/api/v1/agents/${garden.id}`)).status()).toBe(204);
  const gone = `Garden ${suffix} (deleted)`;

  await page.goto('/test-chat/sessions');
  const row = page.getByRole('row', { name: new RegExp(`${desk.name}.*${gone.replace(/[()]/g, '\\$&')}`) });
  await row.getByRole('link', { name: 'Transcript' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${desk.name} → ${gone}`);
  const transcript = page.getByRole('region', { name: 'Transcript' });
  await expect(transcript.getByText(`${desk.name} → ${gone} via transfer_to_garden_${suffix}`)).toBeVisible();
  await expect(transcript.getByText(`${gone} · greeting`)).toBeVisible();
  await expect(page.getByText(`This conversation ended with ${gone}, so it cannot be continued.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue in Test Chat' })).toHaveCount(0);

  // A link to continue it opens a new conversation instead, and says why.
  await page.goto(`/test-chat?session=${session.id}`);
  await expect(page.getByRole('alert').filter({ hasText: `That conversation ended with ${gone}, so it cannot be continued` })).toBeVisible();

  // The API refuses a new message with a clear conflict, not a server error.
  const refused = await request.post(`/api/v1/sessions/${session.id}/messages`, { data: { content: 'Still there?' } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toMatch(/cannot continue: the agent holding it, .* no longer exists/);

  await page.goto('/review/history');
  const entry = page.getByRole('listitem', { name: `Deleted: Agent Garden ${suffix}` });
  await expect(entry).toContainText('No functions removed, 1 test transcript kept');
});
