import { expect, test, type APIRequestContext } from '@playwright/test';
import { inviteMember } from './support/team';

// The UI hides a viewer's way to change anything (e2e/viewer-read-only.spec.ts); this spec is about the
// server refusing when the viewer goes around the UI: the API, and the owner's own server action posted
// with the viewer's cookie.

interface Fn {
  id: string;
  version: number;
  config: { description: string };
}

async function generalSupport(request: APIRequestContext) {
  const { agents } = (await (await request.get('/api/v1/agents')).json()) as { agents: Array<{ id: string; name: string }> };
  const agent = agents.find((candidate) => candidate.name === 'General Support')!;
  const { functions } = (await (await request.get(`/api/v1/agents/${agent.id}/functions`)).json()) as { functions: Fn[] };
  return { agent, handoff: functions[0]! };
}

test('a viewer changing a handoff is refused by the API (403) and by a server action posted directly; nothing changes', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const viewer = await inviteMember(page, browser, baseURL, 'viewer');
  try {
    const { agent, handoff } = await generalSupport(request);
    const api = viewer.page.request;

    // Reading is allowed.
    expect((await api.get(`/api/v1/functions/${handoff.id}`)).status()).toBe(200);
    // Writing is not: 403 with the role named, for PATCH, DELETE and a new function.
    const patch = await api.patch(`/api/v1/functions/${handoff.id}`, {
      data: { version: handoff.version, config: { description: 'Taken over by a viewer' } },
      headers: { origin: baseURL! },
    });
    expect(patch.status()).toBe(403);
    expect((await patch.json()).error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('viewer') });
    expect((await api.delete(`/api/v1/functions/${handoff.id}`, { headers: { origin: baseURL! } })).status()).toBe(403);
    const create = await api.post(`/api/v1/agents/${agent.id}/functions`, {
      data: { phase: 'during_session', type: 'agent_handoff', config: { targetAgentId: agent.id, description: 'x' } },
      headers: { origin: baseURL! },
    });
    expect(create.status()).toBe(403);

    // The owner's edit form for the agent, its server action's hidden fields posted with the viewer's session.
    const html = await (await request.get(`/agents/${agent.id}`)).text();
    const fields = [...html.matchAll(/<input type="hidden" name="(\$ACTION[^"]*)"(?: value="([^"]*)")?/g)].map(
      ([, name, value = '']) => [name!, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&')] as const,
    );
    expect(fields.length, 'the owner sees a progressively enhanced edit form').toBeGreaterThan(0);
    const before = await (await request.get(`/api/v1/agents/${agent.id}`)).json();
    const multipart: Record<string, string> = Object.fromEntries(fields);
    Object.assign(multipart, { name: 'General Support', description: 'Rewritten by a viewer', instructions: '', greeting: '', version: String(before.version) });
    const posted = await api.post(`/agents/${agent.id}`, { multipart, headers: { origin: baseURL! } });
    expect(posted.status()).toBeLessThan(500);
    expect(await posted.text()).toContain('Your role (viewer) may not change agents, functions or tests, or run tests.');

    const after = await (await request.get(`/api/v1/agents/${agent.id}`)).json();
    expect(after).toEqual(before);
    expect(await (await request.get(`/api/v1/functions/${handoff.id}`)).json()).toMatchObject({ version: handoff.version, config: handoff.config });
  } finally {
    await viewer.context.close();
  }
});

test('an editor may change a handoff, and history names them as the actor', async ({ page, browser, request, baseURL }) => {
  const editor = await inviteMember(page, browser, baseURL, 'editor');
  const api = editor.page.request;
  const headers = { origin: baseURL! };
  const made: string[] = [];
  try {
    for (const name of ['From', 'To']) {
      const created = await api.post('/api/v1/agents', { data: { name: `Editor ${name} ${editor.email}`, description: 'Made by an editor.' }, headers });
      expect(created.status()).toBe(201);
      made.push(((await created.json()) as { id: string }).id);
    }
    const config = { targetAgentId: made[1], description: 'Hand off when the customer asks about parcels.' };
    const created = await api.post(`/api/v1/agents/${made[0]}/functions`, { data: { phase: 'during_session', type: 'agent_handoff', config }, headers });
    expect(created.status()).toBe(201);
    const fn = (await created.json()) as Fn;
    const patched = await api.patch(`/api/v1/functions/${fn.id}`, { data: { version: fn.version, config: { ...config, description: 'Parcels and deliveries.' } }, headers });
    expect(patched.status()).toBe(200);
    await page.goto(`/review/history/${fn.id}`);
    await expect(page.getByText(`by ${editor.email}`)).toHaveCount(2);
    // Members and API keys stay with owners and admins.
    expect((await api.get('/api/v1/api-keys')).status()).toBe(403);
    await editor.page.goto('/settings/members');
    await expect(editor.page.getByText('Only owners and admins can manage members.')).toBeVisible();
  } finally {
    // Other specs share the workspace: leave it as found.
    if (made[0]) await request.delete(`/api/v1/agents/${made[0]}`);
    if (made[1]) await request.delete(`/api/v1/agents/${made[1]}`);
    await editor.context.close();
  }
});
