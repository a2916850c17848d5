import fs from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { MAX_IMPORT_BYTES } from '../lib/workspace-transfer/limits';
import { llmOwnerStatePath } from './support/accounts';

const workspaceFile = (suffix: number, target: string) => ({
  format: 'switchboard.workspace',
  version: 1,
  agents: [
    { slug: `harbour-${suffix}`, name: `Harbour ${suffix}`, description: 'Meets every boat.', instructions: '', greeting: '' },
    { slug: `customs-${suffix}`, name: `Customs ${suffix}`, description: 'Declarations and duties.', instructions: '', greeting: '' },
  ],
  functions: [
    {
      agent: `harbour-${suffix}`,
      phase: 'during_session',
      type: 'agent_handoff',
      target,
      enabled: true,
      config: { description: 'Hand off when the customer asks about customs declarations or import duties.' },
    },
  ],
});

async function choose(page: Page, name: string, content: string) {
  await page.getByLabel('Workspace file (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
}

test.describe('Export and import', () => {
  test('downloads the workspace and an agent’s tools', async ({ page, request }) => {
    await page.goto('/review');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download workspace (JSON)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^switchboard-workspace-\d{4}-\d{2}-\d{2}\.json$/);
    const document = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    expect(document).toMatchObject({ format: 'switchboard.workspace', version: 2, tests: expect.any(Array) });
    expect(document.agents).toContainEqual(expect.objectContaining({ slug: 'general-support', name: 'General Support' }));
    expect(document.functions).toContainEqual(expect.objectContaining({ agent: 'general-support', target: 'billing', config: expect.objectContaining({ toolName: 'transfer_to_billing' }) }));
    expect(JSON.stringify(document)).not.toMatch(/"agt_/);

    const agents = (await (await request.get('/api/v1/agents')).json()).agents as { id: string; name: string }[];
    const general = agents.find((agent) => agent.name === 'General Support');
    const tools = await (await request.get(`/api/v1/agents/${general?.id}/tools`)).json();
    expect(tools.tools.map((tool: { function: { name: string } }) => tool.function.name)).toEqual(
      expect.arrayContaining(['transfer_to_billing', 'transfer_to_technical_support']),
    );
    expect(tools.tools[0]).toMatchObject({ type: 'function', function: { parameters: { type: 'object' } } });
  });

  test('exports one database and imports it into another app’s database through its Review page', async ({ page, browser, playwright }) => {
    // The second app instance (the one on an OpenAI-compatible endpoint) has a database of its own.
    const other = `http://127.0.0.1:${process.env.E2E_LLM_APP_PORT}`;
    await page.goto('/review');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download workspace (JSON)' }).click()]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));

    // Both apps live on 127.0.0.1, where cookies ignore the port: the other app's owner signs in in a browser of their own.
    const otherContext = await browser.newContext({ baseURL: other, storageState: llmOwnerStatePath() });
    const otherPage = await otherContext.newPage();
    await otherPage.goto('/review');
    await otherPage.getByLabel('Workspace file (JSON)').setInputFiles(await download.path());
    await otherPage.getByRole('button', { name: 'Preview import' }).click();
    await expect(otherPage.getByRole('region', { name: 'Import preview' })).toContainText('Applying this file would:');
    await otherPage.getByRole('button', { name: 'Apply import' }).click();
    await expect(otherPage.getByText('Import applied.')).toBeVisible();
    await otherContext.close();

    const api = await playwright.request.newContext({ baseURL: other, storageState: llmOwnerStatePath() });
    const imported = await (await api.get('/api/v1/workspace/export')).json();
    await api.dispose();
    const slugs = new Set(exported.agents.map((agent: { slug: string }) => agent.slug));
    expect(imported.agents.filter((agent: { slug: string }) => slugs.has(agent.slug))).toEqual(exported.agents);
    expect(imported.functions.filter((fn: { agent: string }) => slugs.has(fn.agent))).toEqual(exported.functions);
  });

  test('previews an import, applies it, and the new agents appear', async ({ page, request }) => {
    const suffix = Date.now();
    const names = async () => ((await (await request.get('/api/v1/agents')).json()).agents as { name: string }[]).map((a) => a.name);
    await page.goto('/review');
    await choose(page, 'workspace.json', JSON.stringify(workspaceFile(suffix, `customs-${suffix}`)));
    await page.getByRole('button', { name: 'Preview import' }).click();

    const preview = page.getByRole('region', { name: 'Import preview' });
    await expect(preview).toContainText('Applying this file would: 3 created, 0 changed, 0 left alone.');
    await expect(preview.getByRole('list', { name: 'Created' })).toContainText(`Function Harbour ${suffix} → Customs ${suffix} (transfer_to_customs_${suffix})`);
    expect(await names()).not.toContain(`Harbour ${suffix}`);

    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect(page.getByText('Import applied.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Import result' })).toContainText('Imported: 3 created');
    expect(await names()).toEqual(expect.arrayContaining([`Harbour ${suffix}`, `Customs ${suffix}`]));
    await page.goto(`/review?q=${suffix}`);
    await expect(page.getByRole('table')).toContainText(`transfer_to_customs_${suffix}`);
  });

  test('a function whose secret the file lacks is previewed as arriving disabled, and cannot be switched on without it', async ({ page }) => {
    const suffix = Date.now();
    const file = {
      ...workspaceFile(suffix, `customs-${suffix}`),
      functions: [
        {
          agent: `harbour-${suffix}`,
          phase: 'during_session',
          type: 'custom_function',
          enabled: true,
          config: {
            name: `lookup_manifest_${suffix}`,
            description: 'Look up a ship manifest when the customer asks about cargo.',
            url: 'https://example.com/manifest',
            headers: [{ name: 'X-Api-Key', value: '', needsSecret: true }],
          },
        },
      ],
    };
    await page.goto('/review');
    await choose(page, 'workspace.json', JSON.stringify(file));
    await page.getByRole('button', { name: 'Preview import' }).click();
    const created = page.getByRole('region', { name: 'Import preview' }).getByRole('list', { name: 'Created' });
    await expect(created.getByRole('listitem').filter({ hasText: `lookup_manifest_${suffix}` })).toContainText('Arrives disabled: enter X-Api-Key to enable it.');
    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect(page.getByText('Import applied.')).toBeVisible();

    const agents = (await (await page.request.get('/api/v1/agents')).json()).agents as { id: string; name: string }[];
    const harbour = agents.find((agent) => agent.name === `Harbour ${suffix}`) as { id: string };
    await page.goto(`/integrations/agentic-functions/${harbour.id}`);
    const row = page.getByRole('listitem', { name: `Custom Function lookup_manifest_${suffix}` });
    await row.getByRole('switch').click();
    await expect(row.getByRole('alert')).toContainText('cannot be enabled before its secret is entered: X-Api-Key has no value');
    await expect(row.getByRole('switch')).toHaveAttribute('aria-checked', 'false');
  });

  test('a broken file shows why, with the field path, and changes nothing', async ({ page, request }) => {
    const suffix = Date.now();
    const before = await (await request.get('/api/v1/workspace/export')).json();
    await page.goto('/review');

    await choose(page, 'broken.json', JSON.stringify(workspaceFile(suffix, `ghost-${suffix}`)));
    await page.getByRole('button', { name: 'Preview import' }).click();
    const problems = page.getByRole('list', { name: 'Problems in the file' });
    await expect(problems).toContainText(`functions.0.target: No agent “ghost-${suffix}” in the file or the workspace`);
    await expect(page.getByRole('button', { name: 'Apply import' })).toHaveCount(0);

    await choose(page, 'not-json.json', '{ "format": ');
    await page.getByRole('button', { name: 'Preview import' }).click();
    await expect(page.locator('[data-form-alert]')).toContainText('is not a JSON workspace document');

    const oversized = await request.post('/api/v1/workspace/import?dryRun=1', {
      data: Buffer.alloc(MAX_IMPORT_BYTES + 1, ' '),
      headers: { 'content-type': 'application/json' },
    });
    expect(oversized.status()).toBe(413);
    // Within the limit though past the 10 MB at which a Next.js proxy (proxy.ts) would cut a body off: read whole.
    const large = { format: 'switchboard.workspace', version: 1, exportedAt: 'x'.repeat(12 * 1024 * 1024), agents: [], functions: [] };
    const accepted = await request.post('/api/v1/workspace/import?dryRun=1', { data: Buffer.from(JSON.stringify(large)), headers: { 'content-type': 'application/json' } });
    expect(accepted.status()).toBe(200);
    const wrongPhase = workspaceFile(suffix, `customs-${suffix}`);
    wrongPhase.functions[0] = { ...(wrongPhase.functions[0] as (typeof wrongPhase.functions)[number]), phase: 'post_session' };
    const refused = await request.post('/api/v1/workspace/import', { data: wrongPhase });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.fieldErrors).toEqual({ 'functions.0.phase': ['Agent Handoff is available During-Session only.'] });

    const after = await (await request.get('/api/v1/workspace/export')).json();
    expect({ ...after, exportedAt: null }).toEqual({ ...before, exportedAt: null });
  });
});
