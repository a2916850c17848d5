import { expect, test } from '@playwright/test';

// Whatever a client sends, the API answers with a clear 4xx, never a 500.
const BAD_BODIES: (string | Buffer)[] = [
  '',
  'null',
  '[]',
  '"text"',
  '42',
  '{',
  '{"name":5,"description":[],"config":"x","phase":{},"type":null,"content":7,"agentId":{},"version":"abc","enabled":"maybe"}',
  JSON.stringify({ config: { targetAgentId: 5, description: { a: 1 }, context: { mode: 'last_n', lastN: 'many' }, greetOnArrival: 'perhaps' } }),
  JSON.stringify({ a: { b: { c: { d: { e: { f: { g: [] } } } } } } }),
  JSON.stringify({ name: 'x'.repeat(10_000), description: 'y'.repeat(100_000) }),
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
];

test('every write route answers bad input with a 4xx and a message', async ({ request }) => {
  const { agents } = await (await request.get('/api/v1/agents')).json();
  const agentId = agents[0].id as string;
  const fn = (await (await request.get(`/api/v1/agents/${agents.find((a: { name: string }) => a.name === 'General Support').id}/functions`)).json()).functions[0];
  const session = await (await request.post('/api/v1/sessions', { data: { agentId } })).json();
  const routes: ['post' | 'patch', string][] = [
    ['post', '/api/v1/agents'],
    ['patch', `/api/v1/agents/${agentId}`],
    ['post', `/api/v1/agents/${agentId}/functions`],
    ['patch', `/api/v1/functions/${fn.id}`],
    ['post', '/api/v1/sessions'],
    ['post', `/api/v1/sessions/${session.id}/messages`],
    ['post', '/api/v1/workspace/import?dryRun=1'],
  ];
  for (const [method, url] of routes) {
    for (const body of BAD_BODIES) {
      const response = await request[method](url, { data: body, headers: { 'content-type': 'application/json' } });
      const label = `${method.toUpperCase()} ${url} with ${String(body).slice(0, 40)}`;
      expect(response.status(), label).toBeGreaterThanOrEqual(400);
      expect(response.status(), label).toBeLessThan(500);
      expect((await response.json()).error.message, label).toEqual(expect.any(String));
    }
  }
  // Nothing above changed the function or the agent.
  expect((await (await request.get(`/api/v1/functions/${fn.id}`)).json()).version).toBe(fn.version);
});

test('unknown ids are 404 on every route', async ({ request }) => {
  for (const [method, url] of [
    ['get', '/api/v1/agents/agt_nope'],
    ['delete', '/api/v1/agents/agt_nope'],
    ['get', '/api/v1/agents/agt_nope/functions'],
    ['get', '/api/v1/agents/agt_nope/tools'],
    ['get', '/api/v1/functions/fn_nope'],
    ['delete', '/api/v1/functions/fn_nope'],
    ['get', '/api/v1/sessions/ses_nope'],
  ] as const) {
    expect((await request[method](url)).status(), `${method} ${url}`).toBe(404);
  }
  expect((await request.patch('/api/v1/functions/fn_nope', { data: { version: 1, enabled: false } })).status()).toBe(404);
});
