import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAgentState } from '@/lib/conversation/agent-state';
import { updateFunction } from '@/lib/functions/service';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { loadAgentStates } from '../agent-states';

let ctx: Awaited<ReturnType<typeof createTestContext>>;

beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(() => ctx.close());

describe('loadAgentStates', () => {
  it('offers every agent exactly the tools a Test Chat turn would, read in one go', async () => {
    const { general, billing, tech } = await makeSupportTeam(ctx);
    await makeHandoff(ctx, general.id, { targetAgentId: billing.id, transferMessage: 'One moment.' });
    const disabled = await makeHandoff(ctx, general.id, { targetAgentId: tech.id, toolName: 'to_tech' });
    await updateFunction(ctx, disabled.id, { version: 1, enabled: false });
    await makeHandoff(ctx, billing.id, { targetAgentId: tech.id, context: { mode: 'last_n', lastN: 4 } });
    await makeHandoff(ctx, tech.id, { targetAgentId: general.id });
    const snapshot = await loadAgentStates(ctx);
    for (const agent of [general, billing, tech]) {
      expect(snapshot.state(agent.id)).toEqual(await loadAgentState(ctx, agent.id));
    }
    expect(snapshot.state(general.id).tools.map((tool) => tool.name)).toEqual(['transfer_to_billing']);
    expect(snapshot.names.get(billing.id)).toBe('Billing');
  });
});
