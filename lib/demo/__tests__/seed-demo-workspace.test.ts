import { afterEach, describe, expect, it } from 'vitest';
import { listAgents } from '@/lib/agents/service';
import { listAllFunctions } from '@/lib/functions/service';
import { makeAgent } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { seedDemoWorkspace } from '../seed-demo-workspace';

describe('seedDemoWorkspace', () => {
  let ctx: Awaited<ReturnType<typeof createTestContext>>;
  afterEach(() => ctx.close());

  it('seeds five agents and two handoffs from General Support, once', async () => {
    ctx = await createTestContext();
    expect(await seedDemoWorkspace(ctx)).toBe(true);
    expect(await seedDemoWorkspace(ctx)).toBe(false);
    const agents = await listAgents(ctx);
    expect(agents.map((a) => a.name)).toEqual(['Billing', 'General Support', 'Returns', 'Sales', 'Technical Support']);
    for (const agent of agents) expect(agent.greeting).not.toBe('');
    const handoffs = await listAllFunctions(ctx);
    expect(handoffs.map((fn) => [fn.phase, fn.toolName])).toEqual([
      ['during_session', 'transfer_to_billing'],
      ['during_session', 'transfer_to_technical_support'],
    ]);
    expect(new Set(handoffs.map((fn) => fn.agentId)).size).toBe(1);
  });

  it('never touches a workspace that already has agents', async () => {
    ctx = await createTestContext();
    await makeAgent(ctx, 'Mine');
    expect(await seedDemoWorkspace(ctx)).toBe(false);
    expect((await listAgents(ctx)).map((a) => a.name)).toEqual(['Mine']);
  });
});
