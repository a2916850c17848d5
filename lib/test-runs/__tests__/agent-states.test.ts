import { describe, expect, it } from 'vitest';
import { loadAgentState } from '@/lib/conversation/agent-state';
import { updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeHandoff, makeSupportTeam } from '@/lib/testing/factories';
import { loadAgentStates } from '../agent-states';

const t = setupTestContext();

describe('loadAgentStates', () => {
  it('offers every agent exactly the tools a Test Chat turn would, read in one go', async () => {
    const { general, billing, tech } = await makeSupportTeam(t.ctx);
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, transferMessage: 'One moment.' });
    const disabled = await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id, toolName: 'to_tech' });
    await updateFunction(t.ctx, disabled.id, { version: 1, enabled: false });
    await makeHandoff(t.ctx, billing.id, { targetAgentId: tech.id, context: { mode: 'last_n', lastN: 4 } });
    await makeHandoff(t.ctx, tech.id, { targetAgentId: general.id });
    const snapshot = await loadAgentStates(t.ctx);
    for (const agent of [general, billing, tech]) {
      expect(snapshot.state(agent.id)).toEqual(await loadAgentState(t.ctx, agent.id));
    }
    expect(snapshot.state(general.id).tools.map((tool) => tool.name)).toEqual(['transfer_to_billing']);
    expect(snapshot.names.get(billing.id)).toBe('Billing');
  });
});
