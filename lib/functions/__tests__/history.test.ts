import { describe, expect, it } from 'vitest';
import { deleteAgent, updateAgent } from '@/lib/agents/service';
import { createApiKey, revokeApiKey } from '@/lib/auth/api-keys';
import { NotFoundError } from '@/lib/domain/errors';
import { loadFunctionHistory, loadWorkspaceHistory } from '@/lib/review/history-load';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { HistoryQuerySchema, listFunctionHistory, listWorkspaceHistory } from '../history';
import { deleteFunction, updateFunction } from '../service';

const t = setupTestContext();

describe('function history', () => {
  it('lists every change newest first, with a word diff of the description and the other fields in words', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about invoices.' });
    await updateFunction(t.ctx, fn.id, { version: 1, config: { description: 'Hand off when the caller asks about invoices or refunds.', transferMessage: 'One moment…' } });
    await updateFunction(t.ctx, fn.id, { version: 2, enabled: false });
    const view = await loadFunctionHistory(t.ctx, fn.id);
    expect(view.subject).toBe('General Support → Billing (transfer_to_billing)');
    expect(view.current).toEqual({ version: 3, agentId: general.id });
    expect(view.entries.map((e) => [e.action, e.version, e.restorable])).toEqual([
      ['disable', 3, false],
      ['update', 2, true],
      ['create', 1, true],
    ]);
    expect(view.entries[0]?.changes).toEqual([{ field: 'Enabled', before: 'yes', after: 'no' }]);
    const edit = view.entries[1];
    expect(edit?.descriptionDiff).toEqual([
      { kind: 'same', text: 'Hand off when the ' },
      { kind: 'removed', text: 'customer' },
      { kind: 'added', text: 'caller' },
      { kind: 'same', text: ' asks about ' },
      { kind: 'removed', text: 'invoices.' },
      { kind: 'added', text: 'invoices or refunds.' },
    ]);
    expect(edit?.changes).toEqual([{ field: 'Transfer message', before: '—', after: 'One moment…' }]);
  });

  it('outlives the function and its agents, which keep their names', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const fn = await makeHandoff(t.ctx, billing.id, { targetAgentId: general.id });
    await deleteFunction(t.ctx, fn.id);
    await deleteAgent(t.ctx, billing.id);
    const view = await loadFunctionHistory(t.ctx, fn.id);
    expect(view.current).toBeNull();
    expect(view.subject).toBe('Billing (deleted) → General Support (transfer_to_general_support)');
    // Version 1 is what the delete removed and what the create wrote: one Restore, on the newest.
    expect(view.entries.map((e) => [e.action, e.version, e.restorable])).toEqual([
      ['delete', 1, true],
      ['create', 1, false],
    ]);
    await expect(listFunctionHistory(t.ctx, 'fn_unknown')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lists the whole workspace newest first, agents and functions, a page at a time, with an entity filter', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    await updateAgent(t.ctx, billing.id, { description: 'Invoices and refunds.' });
    const { entries: all } = await loadWorkspaceHistory(t.ctx, HistoryQuerySchema.parse({}));
    expect(all.map((e) => [e.entityType, e.action, e.subject])).toEqual([
      ['agent', 'update', 'Agent Billing'],
      ['function', 'create', 'General Support → Billing (transfer_to_billing)'],
      ['agent', 'create', 'Agent Billing'],
      ['agent', 'create', 'Agent General Support'],
    ]);
    expect(all[0]?.descriptionDiff?.map((s) => s.kind)).toEqual(['removed', 'added']);
    expect((await listWorkspaceHistory(t.ctx, HistoryQuerySchema.parse({ size: 2 }))).items).toHaveLength(2);
    expect((await listWorkspaceHistory(t.ctx, HistoryQuerySchema.parse({ entity: 'function' }))).items.map((e) => e.entityType)).toEqual(['function']);
  });

  it('says an API key was made with a role and later revoked, not that a role changed and the key was deleted', async () => {
    const { apiKey } = await createApiKey(t.ctx, { name: 'Deploy bot', role: 'admin' });
    await revokeApiKey(t.ctx, apiKey.id);
    const { entries } = await loadWorkspaceHistory(t.ctx, HistoryQuerySchema.parse({ entity: 'api_key' }));
    expect(entries.map((e) => [e.actionLabel ?? e.action, e.subject, e.description, e.changes])).toEqual([
      ['Revoked', 'API key “Deploy bot”', null, []],
      ['create', 'API key “Deploy bot”', 'Role: admin', []],
    ]);
  });
});
