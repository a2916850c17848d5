import { describe, expect, it } from 'vitest';
import { updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { FINDING_LABELS } from '../finding';
import { loadWorkspaceReview } from '../overview';

const t = setupTestContext();

const exampleFindings = async () => (await loadWorkspaceReview(t.ctx)).findings.filter((f) => f.kind === 'example_like_sibling');

describe('the review finding for examples that read like a sibling’s', () => {
  it('quotes the example, names the sibling’s target and links to the handoff to fix', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const tech = await makeAgent(t.ctx, 'Technical Support');
    const billingFn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about invoices, charges or refunds.' });
    const techFn = await makeHandoff(t.ctx, general.id, {
      targetAgentId: tech.id,
      description: 'Hand off when the customer reports an error message or cannot log in to the app.',
      examples: ['I cannot log in since yesterday', 'Please refund the double charge on my invoice'],
    });
    expect(await exampleFindings()).toEqual([
      {
        id: `example_like_sibling:${techFn.id}`,
        kind: 'example_like_sibling',
        severity: 'warning',
        title: "Examples read like another handoff's: General Support → Technical Support (transfer_to_technical_support)",
        reason: expect.stringMatching(/Example “Please refund the double charge on my invoice” reads like Billing's \(shared: refund, charge, invoice\)/),
        fix: { href: `/integrations/agentic-functions/${general.id}#fn-${techFn.id}`, label: 'Edit General Support → Technical Support (transfer_to_technical_support)' },
        agentIds: [general.id],
        functionIds: [techFn.id],
      },
    ]);
    expect(FINDING_LABELS.example_like_sibling).toBe("Example reads like another handoff's");

    // The LLM is no longer offered Billing beside it: nothing to confuse it with.
    await updateFunction(t.ctx, billingFn.id, { version: 1, enabled: false });
    expect(await exampleFindings()).toEqual([]);
    await updateFunction(t.ctx, billingFn.id, { version: 2, enabled: true });
    expect(await exampleFindings()).toHaveLength(1);
    // Moved to Billing, the example is where it belongs.
    await updateFunction(t.ctx, techFn.id, { version: 1, config: { examples: ['I cannot log in since yesterday'] } });
    await updateFunction(t.ctx, billingFn.id, { version: 3, config: { examples: ['Please refund the double charge on my invoice'] } });
    expect(await exampleFindings()).toEqual([]);
  });

  it('compares only handoffs of the same agent', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const tech = await makeAgent(t.ctx, 'Technical Support');
    await makeHandoff(t.ctx, tech.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about invoices, charges or refunds.' });
    await makeHandoff(t.ctx, general.id, {
      targetAgentId: tech.id,
      description: 'Hand off when the customer reports an error message or cannot log in to the app.',
      examples: ['Please refund the double charge on my invoice'],
    });
    expect(await exampleFindings()).toEqual([]);
  });
});
