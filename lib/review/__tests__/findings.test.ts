import { describe, expect, it } from 'vitest';
import { updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { ENTRY_POINT_RULE } from '../findings';
import { loadWorkspaceReview, warmUpReviewFindings } from '../overview';

const t = setupTestContext();

const kinds = async () => (await loadWorkspaceReview(t.ctx)).findings.map((f) => [f.kind, f.title]);

describe('review findings', () => {
  it('flags a vague description with the coach’s reasons and a link to the function', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const sales = await makeAgent(t.ctx, 'Sales');
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: sales.id, description: 'sales stuff' });
    const { findings } = await loadWorkspaceReview(t.ctx);
    const vague = findings.find((f) => f.kind === 'vague_description');
    expect(vague).toMatchObject({
      severity: 'warning',
      title: 'Vague description: General Support → Sales (transfer_to_sales)',
      fix: { href: `/integrations/agentic-functions/${general.id}#fn-${fn.id}` },
      functionIds: [fn.id],
    });
    expect(vague?.reason).toMatch(/Too short to be specific \(2 words\)/);
    expect(vague?.reason).toMatch(/No trigger condition/);

    await updateFunction(t.ctx, fn.id, {
      version: 1,
      config: { description: 'Hand off to sales when the customer asks about prices, plans or upgrading their subscription.' },
    });
    expect((await kinds()).map(([kind]) => kind)).not.toContain('vague_description');
  });

  it('flags two enabled handoffs of one agent that overlap, once per pair, naming the shared words', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const refunds = await makeAgent(t.ctx, 'Refunds');
    const tech = await makeAgent(t.ctx, 'Technical Support');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Hand off when the customer asks about invoices, payments, refunds or card charges.' });
    const second = await makeHandoff(t.ctx, general.id, { targetAgentId: refunds.id, description: 'Hand off when the customer asks about refunds, card charges, invoices or payments.' });
    await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id, description: 'Hand off when the customer reports an error message or cannot log in to the app.' });
    const overlaps = (await loadWorkspaceReview(t.ctx)).findings.filter((f) => f.kind === 'overlapping_handoffs');
    expect(overlaps).toHaveLength(1);
    expect(overlaps[0]?.title).toBe('Overlapping handoffs of General Support: transfer_to_billing and transfer_to_refunds');
    expect(overlaps[0]?.reason).toMatch(/overlaps strongly with the handoff to Refunds \(shared: .*invoices.*\)/);

    // Disabled, the LLM no longer sees both, so they cannot be confused.
    await updateFunction(t.ctx, second.id, { version: 1, enabled: false });
    const after = await kinds();
    expect(after.map(([kind]) => kind)).not.toContain('overlapping_handoffs');
    expect(after).toContainEqual(['disabled_function', 'Disabled: General Support → Refunds (transfer_to_refunds)']);
  });

  it('flags a description that names another agent than its target, apart from vagueness, with a link to the fix', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const sales = await makeAgent(t.ctx, 'Sales');
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: sales.id, description: 'Hand off to billing when the customer asks about upgrading their plan.' });
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'Hand off to the billing agent when the customer asks about invoices or refunds.' });
    const { findings } = await loadWorkspaceReview(t.ctx);
    const wrong = findings.filter((f) => f.kind === 'wrong_target');
    expect(wrong).toEqual([
      expect.objectContaining({
        id: `wrong_target:${fn.id}`,
        severity: 'warning',
        title: 'Names another agent: General Support → Sales (transfer_to_sales)',
        reason: expect.stringContaining('This description names Billing, but the Target Agent is Sales.'),
        fix: { href: `/integrations/agentic-functions/${general.id}#fn-${fn.id}`, label: 'Edit General Support → Sales (transfer_to_sales)' },
        agentIds: [general.id],
        functionIds: [fn.id],
      }),
    ]);
    // The description reads clearly otherwise: it is not also called vague.
    expect(findings.map((f) => f.kind)).not.toContain('vague_description');

    await updateFunction(t.ctx, fn.id, { version: 1, config: { description: 'Hand off to sales when the customer asks about upgrading their plan.' } });
    expect((await kinds()).map(([kind]) => kind)).not.toContain('wrong_target');
  });

  it('tells entry points, unreachable agents and specialists with no way back apart', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const tech = await makeAgent(t.ctx, 'Technical Support');
    await makeAgent(t.ctx, 'Archive');
    await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    await makeHandoff(t.ctx, general.id, { targetAgentId: tech.id, description: 'Hand off when the customer reports an error or cannot log in.' });
    await makeHandoff(t.ctx, tech.id, { targetAgentId: general.id, description: 'Hand off back when the customer asks about anything but a technical problem.' });
    const { findings } = await loadWorkspaceReview(t.ctx);
    const routes = findings.filter((f) => ['unreachable_agent', 'no_way_back'].includes(f.kind)).map((f) => [f.kind, f.severity, f.title]);
    expect(routes).toEqual([
      ['unreachable_agent', 'warning', 'Unreachable agent: Archive'],
      ['no_way_back', 'info', 'No way back from Billing'],
    ]);
    expect(findings.find((f) => f.kind === 'unreachable_agent')?.reason).toContain(ENTRY_POINT_RULE);
  });

  it('counts only enabled handoffs as routes: a disabled one leaves its target unreachable', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const billing = await makeAgent(t.ctx, 'Billing');
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id });
    await updateFunction(t.ctx, fn.id, { version: 1, enabled: false });
    const review = await loadWorkspaceReview(t.ctx);
    expect(review.findings.map((f) => f.title)).toEqual(
      expect.arrayContaining(['Unreachable agent: Billing', 'Unreachable agent: General Support', 'Disabled: General Support → Billing (transfer_to_billing)']),
    );
    expect(review.counts).toMatchObject({ agents: 2, functions: 1, handoffs: 1, enabledHandoffs: 0, findings: review.findings.length });
  });

  it('are computed once per configuration: the review after a warm-up reuses its findings, and a change computes them afresh', async () => {
    const general = await makeAgent(t.ctx, 'General Support');
    const sales = await makeAgent(t.ctx, 'Sales');
    const fn = await makeHandoff(t.ctx, general.id, { targetAgentId: sales.id, description: 'sales stuff' });
    const warmed = (await warmUpReviewFindings(t.ctx)).find((f) => f.kind === 'vague_description');
    expect(warmed).toBeDefined();
    expect((await loadWorkspaceReview(t.ctx)).findings.find((f) => f.kind === 'vague_description')).toBe(warmed);

    await updateFunction(t.ctx, fn.id, { version: 1, config: { description: 'sales things' } });
    const afresh = (await loadWorkspaceReview(t.ctx)).findings.find((f) => f.kind === 'vague_description');
    expect(afresh).not.toBe(warmed);
    expect(afresh?.reason).toMatch(/Too short/);
  });
});
