import { describe, expect, it } from 'vitest';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent } from '@/lib/testing/factories';
import { coachDescription } from '../coach';

const t = setupTestContext();

describe('coachDescription', () => {
  it('reads the workspace’s agents, so a description naming another agent than the chosen target is flagged', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const sales = await makeAgent(t.ctx, 'Sales');
    const description = 'Hand off to billing when the customer asks about upgrading their plan.';
    const coach = (targetAgentId?: string) => coachDescription(t.ctx, { agentId: general.id, type: 'agent_handoff', description, targetAgentId });

    expect(await coach(sales.id)).toEqual([
      { code: 'wrong_target', message: expect.stringMatching(/^This description names Billing, but the Target Agent is Sales\./) },
    ]);
    expect(await coach(billing.id)).toEqual([]);
    // No target chosen yet, or one that does not exist: nothing to compare with.
    expect(await coach()).toEqual([]);
    expect(await coach('agt_missing')).toEqual([]);
  });
});
