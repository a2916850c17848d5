import { expect, test } from '@playwright/test';

test.describe('Agents API v1', () => {
  test('create, read, update and delete with the documented errors', async ({ request }) => {
    const name = `Api Agent ${Date.now()}`;
    const created = await request.post('/api/v1/agents', { data: { name, description: 'Created over the API' } });
    expect(created.status()).toBe(201);
    const agent = await created.json();
    expect(agent).toMatchObject({ name, version: 1, instructions: '' });

    expect((await request.get(`/api/v1/agents/${agent.id}`)).status()).toBe(200);
    const list = await (await request.get('/api/v1/agents')).json();
    expect(list.agents.map((a: { name: string }) => a.name)).toContain(name);

    const patched = await request.patch(`/api/v1/agents/${agent.id}`, { data: { greeting: 'Hello', version: 1 } });
    expect(patched.status()).toBe(200);
    expect((await patched.json()).version).toBe(2);

    const stale = await request.patch(`/api/v1/agents/${agent.id}`, { data: { greeting: 'Again', version: 1 } });
    expect(stale.status()).toBe(409);

    const taken = await request.post('/api/v1/agents', { data: { name: name.toLowerCase(), description: 'x' } });
    expect(taken.status()).toBe(409);
    expect((await taken.json()).error.fieldErrors.name[0]).toMatch(/already exists/);

    const invalid = await request.post('/api/v1/agents', { data: { name: '', description: 'x'.repeat(600) } });
    expect(invalid.status()).toBe(422);
    const body = await invalid.json();
    expect(Object.keys(body.error.fieldErrors).sort()).toEqual(['description', 'name']);

    const malformed = await request.post('/api/v1/agents', { data: Buffer.from('{"name":'), headers: { 'content-type': 'application/json' } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error.message).toMatch(/not valid JSON/);

    expect((await request.delete(`/api/v1/agents/${agent.id}`)).status()).toBe(204);
    expect((await request.get(`/api/v1/agents/${agent.id}`)).status()).toBe(404);
  });

  test('refuses to delete a handoff target with 409', async ({ request }) => {
    const { agents } = await (await request.get('/api/v1/agents')).json();
    const billing = agents.find((a: { name: string }) => a.name === 'Billing');
    const response = await request.delete(`/api/v1/agents/${billing.id}`);
    expect(response.status()).toBe(409);
    expect((await response.json()).error.message).toContain('General Support → Billing');
  });
});
