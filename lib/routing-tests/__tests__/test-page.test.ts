import { describe, expect, it } from 'vitest';
import { routingTests } from '@/db/schema';
import type { Agent } from '@/lib/agents/service';
import { NotFoundError } from '@/lib/domain/errors';
import { PageQuerySchema } from '@/lib/paging/page';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { countRoutingTestsByAgent, listRoutingTestsPage } from '../test-page';

const team = setupSupportTeam();

const T0 = new Date(Date.UTC(2025, 0, 1));

/** `n` cases of `agent`, `<prefix>0`…, at positions 0… (or all at one position, to test the tie-break). */
async function fill(agent: Agent, n: number, prefix: string, samePosition = false) {
  const rows = Array.from({ length: n }, (_, i) => ({
    id: `rt_${prefix}${i}`,
    workspaceId: team.ctx.workspaceId,
    agentId: agent.id,
    messages: [`message ${i}`],
    expectHandoffTo: null,
    position: samePosition ? 0 : i,
    createdAt: T0,
    updatedAt: T0,
  }));
  if (rows.length > 0) await team.ctx.db.insert(routingTests).values(rows);
}

const ids = (page: { items: { id: string }[] }) => page.items.map((item) => item.id);
const query = (input: Record<string, unknown>) => PageQuerySchema.parse(input);

describe('routing tests, a page at a time', () => {
  it('answers a workspace without tests with one empty page', async () => {
    expect(await listRoutingTestsPage(team.ctx, query({ size: 3 }))).toEqual({ items: [], total: 0, page: 1, size: 3, pageCount: 1, offset: 0 });
    expect(await countRoutingTestsByAgent(team.ctx)).toEqual(new Map());
  });

  it('lists by agent name, then each agent’s order, across pages; exactly one page, a short last page, past the end the last', async () => {
    // By name: Billing, General Support, Technical Support.
    await fill(team.tech, 2, 't');
    await fill(team.general, 2, 'g');
    await fill(team.billing, 2, 'b');
    expect(ids(await listRoutingTestsPage(team.ctx, query({ size: 6 })))).toEqual(['rt_b0', 'rt_b1', 'rt_g0', 'rt_g1', 'rt_t0', 'rt_t1']);
    expect(await listRoutingTestsPage(team.ctx, query({ size: 6 }))).toMatchObject({ total: 6, pageCount: 1 });
    expect(ids(await listRoutingTestsPage(team.ctx, query({ size: 4, page: 1 })))).toEqual(['rt_b0', 'rt_b1', 'rt_g0', 'rt_g1']);
    const last = await listRoutingTestsPage(team.ctx, query({ size: 4, page: 2 }));
    expect(ids(last)).toEqual(['rt_t0', 'rt_t1']);
    expect(last).toMatchObject({ total: 6, page: 2, pageCount: 2, offset: 4 });
    expect(await listRoutingTestsPage(team.ctx, query({ size: 4, page: 9 }))).toEqual(last);
  });

  it('counts and pages one agent’s tests, and 404s an unknown agent', async () => {
    await fill(team.general, 5, 'g');
    await fill(team.billing, 3, 'b');
    const second = await listRoutingTestsPage(team.ctx, { ...query({ size: 2, page: 2 }), agentId: team.general.id });
    expect(ids(second)).toEqual(['rt_g2', 'rt_g3']);
    expect(second).toMatchObject({ total: 5, pageCount: 3 });
    await expect(listRoutingTestsPage(team.ctx, { ...query({}), agentId: 'agt_nope' })).rejects.toBeInstanceOf(NotFoundError);
    expect(await countRoutingTestsByAgent(team.ctx)).toEqual(new Map([[team.general.id, 5], [team.billing.id, 3]]));
    expect(await countRoutingTestsByAgent({ ...team.ctx, workspaceId: 'ws_other' })).toEqual(new Map());
  });

  it('orders cases of one position by id, so no case is skipped or repeated across pages', async () => {
    await fill(team.general, 5, 'g', true);
    const pages = await Promise.all([1, 2, 3].map((page) => listRoutingTestsPage(team.ctx, query({ size: 2, page }))));
    expect(pages.flatMap(ids)).toEqual(['rt_g0', 'rt_g1', 'rt_g2', 'rt_g3', 'rt_g4']);
  });
});
