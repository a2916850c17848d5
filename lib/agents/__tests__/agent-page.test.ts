import { describe, expect, it } from 'vitest';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { listAgentsPage } from '../agent-page';

const t = setupTestContext();

const names = (page: { items: { name: string }[] }) => page.items.map((agent) => agent.name);

describe('a page of agents', () => {
  it('pages by name with an exact total, the last page short, a page past the end the last one', async () => {
    for (const n of [5, 3, 1, 4, 2]) await makeAgent(t.ctx, `Agent ${n}`);
    expect(await listAgentsPage(t.ctx, { page: 1, size: 2 })).toMatchObject({ total: 5, page: 1, pageCount: 3, offset: 0 });
    expect(names(await listAgentsPage(t.ctx, { page: 1, size: 2 }))).toEqual(['Agent 1', 'Agent 2']);
    expect(names(await listAgentsPage(t.ctx, { page: 3, size: 2 }))).toEqual(['Agent 5']);
    expect(await listAgentsPage(t.ctx, { page: 9, size: 2 })).toMatchObject({ page: 3, items: [{ name: 'Agent 5' }] });
  });

  it('counts each agent’s functions on its page', async () => {
    const billing = await makeAgent(t.ctx, 'Billing');
    const front = await makeAgent(t.ctx, 'Front Desk');
    const sales = await makeAgent(t.ctx, 'Sales');
    await makeHandoff(t.ctx, front.id, { targetAgentId: billing.id });
    await makeHandoff(t.ctx, front.id, { targetAgentId: sales.id });
    const page = await listAgentsPage(t.ctx, { page: 1, size: 10 });
    expect(page.items.map((agent) => [agent.name, agent.functionCount])).toEqual([['Billing', 0], ['Front Desk', 2], ['Sales', 0]]);
  });

  it('searches name, slug and description in any case, taking % and _ literally', async () => {
    await makeAgent(t.ctx, 'Billing', 'Invoices and refunds');
    await makeAgent(t.ctx, 'Sales', 'New plans, 100% off promos');
    await makeAgent(t.ctx, 'Tech_Support', 'Broken things');
    expect(names(await listAgentsPage(t.ctx, { page: 1, size: 10, q: 'REFUND' }))).toEqual(['Billing']);
    expect(names(await listAgentsPage(t.ctx, { page: 1, size: 10, q: '100%' }))).toEqual(['Sales']);
    expect(names(await listAgentsPage(t.ctx, { page: 1, size: 10, q: 'h_s' }))).toEqual(['Tech_Support']);
    expect(await listAgentsPage(t.ctx, { page: 1, size: 10, q: '%' })).toMatchObject({ total: 1 });
    expect(await listAgentsPage(t.ctx, { page: 1, size: 10, q: 'nothing like it' })).toMatchObject({ total: 0, items: [], pageCount: 1 });
  });
});
