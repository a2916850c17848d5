import { expect, test, type APIRequestContext } from '@playwright/test';
import { createAgent } from './support/api';

function agent(request: APIRequestContext, name: string) {
  return createAgent(request, { name, description: `${name} agent` });
}

test('functions API: create, read, patch with versions, delete, and every refusal leaves nothing behind', async ({ request }) => {
  const suffix = Date.now();
  const from = await agent(request, `Api From ${suffix}`);
  const to = await agent(request, `Api To ${suffix}`);
  const url = `/api/v1/agents/${from.id}/functions`;
  const handoff = (config: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    phase: 'during_session',
    type: 'agent_handoff',
    config: { targetAgentId: to.id, description: 'Hand off when the customer asks about parcels.', ...config },
    ...extra,
  });

  const refusals: [unknown, number, string][] = [
    [handoff({}, { phase: 'pre_session' }), 422, 'phase'],
    [handoff({ targetAgentId: from.id }), 422, 'config.targetAgentId'],
    [handoff({ targetAgentId: 'agt_nobody' }), 422, 'config.targetAgentId'],
    [handoff({ description: '' }), 422, 'config.description'],
    [handoff({ description: 'x'.repeat(1001) }), 422, 'config.description'],
    [handoff({ toolName: 'not valid!' }), 422, 'config.toolName'],
    [handoff({}, { type: 'webhook' }), 422, 'type'],
  ];
  for (const [body, status, field] of refusals) {
    const response = await request.post(url, { data: body });
    expect(response.status(), JSON.stringify(body).slice(0, 80)).toBe(status);
    expect(Object.keys((await response.json()).error.fieldErrors)).toContain(field);
  }
  const malformed = await request.post(url, { data: Buffer.from('{'), headers: { 'content-type': 'application/json' } });
  expect(malformed.status()).toBe(400);
  expect((await request.post('/api/v1/agents/agt_nobody/functions', { data: handoff({}) })).status()).toBe(404);
  expect((await (await request.get(url)).json()).functions).toEqual([]);

  const created = await request.post(url, { data: handoff({ context: { mode: 'last_n', lastN: 3 } }) });
  expect(created.status()).toBe(201);
  const fn = await created.json();
  expect(fn).toMatchObject({ version: 1, enabled: true, toolName: `transfer_to_api_to_${suffix}`, config: { context: { mode: 'last_n', lastN: 3 } } });
  expect((await request.post(url, { data: handoff({}) })).status()).toBe(409);

  const patched = await request.patch(`/api/v1/functions/${fn.id}`, { data: { version: 1, enabled: false } });
  expect(patched.status()).toBe(200);
  expect(await patched.json()).toMatchObject({ version: 2, enabled: false });
  const stale = await request.patch(`/api/v1/functions/${fn.id}`, { data: { version: 1, enabled: true } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe('stale_version');
  expect((await request.patch(`/api/v1/functions/${fn.id}`, { data: { enabled: true } })).status()).toBe(422);
  const badConfig = await request.patch(`/api/v1/functions/${fn.id}`, { data: { version: 2, config: { description: '' } } });
  expect(badConfig.status()).toBe(422);
  expect((await badConfig.json()).error.fieldErrors['config.description']).toBeDefined();

  expect((await request.delete(`/api/v1/functions/${fn.id}`)).status()).toBe(204);
  expect((await request.get(`/api/v1/functions/${fn.id}`)).status()).toBe(404);
});
