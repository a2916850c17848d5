import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAgent } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { coachDescription } from '../coach';

let ctx: Awaited<ReturnType<typeof createTestContext>>;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

describe('coachDescription', () => {
  it('reads the workspace’s agents, so a description naming another agent than the chosen target is flagged', async () => {
    const general = await makeAgent(ctx, 'General Support');
    const billing = await makeAgent(ctx, 'Billing');
    const sales = await makeAgent(ctx, 'Sales');
    const description = 'Hand off to billing when the customer asks about upgrading their plan.';
    const coach = (targetAgentId?: string) => coachDescription(ctx, { agentId: general.id, type: 'agent_handoff', description, targetAgentId });

    expect(await coach(sales.id)).toEqual([
      { code: 'wrong_target', message: expect.stringMatching(/^This description names Billing, but the Target Agent is Sales\./) },
    ]);
    expect(await coach(billing.id)).toEqual([]);
    // No target chosen yet, or one that does not exist: nothing to compare with.
    expect(await coach()).toEqual([]);
    expect(await coach('agt_missing')).toEqual([]);
  });
});
