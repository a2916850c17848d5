import { describe, expect, it } from 'vitest';
import { agenticFunctions, agents, auditEvents } from '@/db/schema';
import { updateAgent } from '@/lib/agents/service';
import { seedDemoWorkspace } from '@/lib/demo/seed-demo-workspace';
import { ConflictError, ValidationError } from '@/lib/domain/errors';
import { listAllFunctions, updateFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { exportWorkspace } from '../export';
import { importWorkspace } from '../import';

const t = setupTestContext();

const snapshot = async (c = t.ctx) => ({
  agents: (await c.db.select().from(agents)),
  functions: (await c.db.select().from(agenticFunctions)),
  audit: (await c.db.select().from(auditEvents)).length,
});

const doc = (over: Record<string, unknown> = {}) => ({
  format: 'switchboard.workspace',
  version: 1,
  agents: [
    { slug: 'front-desk', name: 'Front Desk', description: 'Greets everyone.', instructions: '', greeting: 'Hi!' },
    { slug: 'claims', name: 'Claims', description: 'Insurance claims.', instructions: '', greeting: '' },
  ],
  functions: [
    {
      agent: 'front-desk',
      phase: 'during_session',
      type: 'agent_handoff',
      target: 'claims',
      enabled: true,
      config: { description: 'Hand off when the customer wants to file or follow up an insurance claim.' },
    },
  ],
  ...over,
});

/** Calls import expecting a refusal; returns it. */
async function refusal(raw: unknown): Promise<ValidationError | ConflictError> {
  const error = await importWorkspace(t.ctx, raw, { dryRun: false }).catch((e: unknown) => e);
  expect(error instanceof ValidationError || error instanceof ConflictError, String(error)).toBe(true);
  return error as ValidationError;
}

describe('importWorkspace', () => {
  it('previews what it would create without writing, then applies it in one go', async () => {
    await seedDemoWorkspace(t.ctx);
    const before = await snapshot();
    const preview = await importWorkspace(t.ctx, doc(), { dryRun: true });
    expect(preview.counts).toEqual({ create: 3, change: 0, keep: 0 });
    expect(preview.items.map((i) => [i.entity, i.action, i.label])).toEqual([
      ['agent', 'create', 'Front Desk'],
      ['agent', 'create', 'Claims'],
      ['function', 'create', 'Front Desk → Claims (transfer_to_claims)'],
    ]);
    expect(preview.notInFile).toEqual({ agents: 5, functions: 2, tests: 0 });
    expect(await snapshot()).toEqual(before);

    expect(await importWorkspace(t.ctx, doc(), { dryRun: false })).toEqual(preview);
    const names = (await t.ctx.db.select().from(agents)).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Front Desk', 'Claims', 'General Support']));
    const audit = (await t.ctx.db.select().from(auditEvents)).slice(before.audit);
    expect(audit.map((e) => [e.entityType, e.action])).toEqual([
      ['agent', 'create'],
      ['agent', 'create'],
      ['function', 'create'],
    ]);

    // The same file again changes nothing.
    const again = await importWorkspace(t.ctx, doc(), { dryRun: false });
    expect(again.counts).toEqual({ create: 0, change: 0, keep: 3 });
  });

  it('changes what differs, keeps the rest, and may point at agents that only the workspace has', async () => {
    await seedDemoWorkspace(t.ctx);
    const file = doc({
      agents: [{ slug: 'billing', name: 'Billing', description: 'Invoices only.', instructions: 'Be brief.', greeting: 'Billing here.' }],
      functions: [
        {
          agent: 'general-support',
          phase: 'during_session',
          type: 'agent_handoff',
          target: 'billing',
          enabled: false,
          config: { description: 'Hand off when the customer asks about an invoice.', toolName: 'transfer_to_billing' },
        },
        { agent: 'sales', phase: 'during_session', type: 'agent_handoff', target: 'general-support', config: { description: 'Hand off back when the customer asks about anything but buying.' } },
      ],
    });
    const plan = await importWorkspace(t.ctx, file, { dryRun: false });
    expect(plan.items.map((i) => [i.action, i.label, i.fields])).toEqual([
      ['change', 'Billing', ['description', 'instructions', 'greeting']],
      ['change', 'General Support → Billing (transfer_to_billing)', ['description', 'enabled']],
      ['create', 'Sales → General Support (transfer_to_general_support)', []],
    ]);
    const fns = await listAllFunctions(t.ctx);
    expect(fns.find((f) => f.toolName === 'transfer_to_billing')).toMatchObject({ enabled: false, version: 2 });
  });

  it('refuses a malformed document with the exact field paths, changing nothing', async () => {
    await seedDemoWorkspace(t.ctx);
    const before = await snapshot();
    expect((await refusal({ format: 'something.else', version: 3, agents: 'none' })).fieldErrors).toEqual({
      format: ['This is not a Switchboard workspace file: format must be "switchboard.workspace".'],
      version: ['Unsupported version: this Switchboard reads versions 1 and 2.'],
      agents: ['agents must be a list.'],
      functions: ['functions must be a list.'],
    });
    const bad = doc();
    (bad.agents as Record<string, unknown>[])[1] = { slug: 'claims', name: '', description: 'x', colour: 'red' };
    const errors = (await refusal(bad)).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['agents.1.colour', 'agents.1.name']);
    expect(errors['agents.1.colour']).toEqual(['Unknown field.']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses handoffs to agents in neither the file nor the workspace, and in the wrong phase', async () => {
    await seedDemoWorkspace(t.ctx);
    const before = await snapshot();
    const error = await refusal(
      doc({
        functions: [
          { agent: 'front-desk', phase: 'during_session', type: 'agent_handoff', target: 'ghost', config: { description: 'Hand off when the customer asks.' } },
          { agent: 'front-desk', phase: 'pre_session', type: 'agent_handoff', target: 'claims', config: { description: 'Hand off when the customer asks.' } },
          { agent: 'nobody', phase: 'during_session', type: 'agent_handoff', target: 'claims', config: { description: '' } },
          { agent: 'claims', phase: 'during_session', type: 'agent_handoff', target: 'billing', config: { description: 'When asked.', targetAgentId: 'agt_x' } },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('The file was not imported: 5 fields need fixing. Nothing was changed.');
    expect(error.fieldErrors).toEqual({
      'functions.0.target': ['No agent “ghost” in the file or the workspace: a handoff must lead to an agent that exists.'],
      'functions.1.phase': ['Agent Handoff is available During-Session only.'],
      'functions.2.agent': ['No agent “nobody” in the file or the workspace.'],
      'functions.2.config.description': ['Write a Description so the LLM knows when to hand off.'],
      'functions.3.config.targetAgentId': ['Name the target agent with "target" (its slug), not with an id inside config.'],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses the same handoff twice and a clash with the workspace, keyed by the entry, changing nothing', async () => {
    await seedDemoWorkspace(t.ctx);
    const before = await snapshot();
    const entry = { agent: 'front-desk', phase: 'during_session', type: 'agent_handoff', target: 'claims', config: { description: 'Hand off when the customer asks about claims.' } };
    expect((await refusal(doc({ functions: [entry, entry] }))).fieldErrors).toEqual({
      'functions.1.target': ['The file has this function twice (also functions.0).'],
    });
    // General Support already has transfer_to_billing: a new handoff may not take that tool name.
    const clash = await refusal(
      doc({
        functions: [{ agent: 'general-support', phase: 'during_session', type: 'agent_handoff', target: 'sales', config: { description: 'When the customer wants to buy.', toolName: 'transfer_to_billing' } }],
      }),
    );
    expect(clash).toBeInstanceOf(ConflictError);
    expect(clash.fieldErrors).toEqual({
      'functions.0.config.toolName': ['General Support already has a tool named transfer_to_billing. Tool names must be unique within an agent.'],
    });
    expect(clash.message).toMatch(/^The file was not imported \(functions\.0\): General Support already has a tool named/);
    expect(await snapshot()).toEqual(before);
  });
});

describe('export → import round trip', () => {
  it('rebuilds the same configuration in an empty workspace', async () => {
    await seedDemoWorkspace(t.ctx);
    const general = (await t.ctx.db.select().from(agents)).find((a) => a.name === 'General Support');
    const returns = (await t.ctx.db.select().from(agents)).find((a) => a.name === 'Returns');
    const lounge = await makeAgent(t.ctx, 'Lounge Ä');
    const custom = await makeHandoff(t.ctx, lounge.id, {
      targetAgentId: returns?.id as string,
      description: 'When the guest wants to send something back.',
      toolName: 'send_back',
      transferMessage: 'Passing you to Returns…',
      greetOnArrival: false,
      context: { mode: 'last_n', lastN: 4 },
    });
    await makeHandoff(t.ctx, general?.id as string, { targetAgentId: lounge.id, description: 'When the customer wants to wait.' });
    await updateFunction(t.ctx, custom.id, { version: 1, enabled: false });
    await updateAgent(t.ctx, lounge.id, { instructions: 'Relax.' });
    const exported = await exportWorkspace(t.ctx, new Date('2026-01-01T00:00:00Z'));
    expect(exported.functions.find((f) => f.config.toolName === 'send_back')).toEqual({
      agent: 'lounge-a',
      phase: 'during_session',
      type: 'agent_handoff',
      target: 'returns',
      enabled: false,
      config: { description: 'When the guest wants to send something back.', toolName: 'send_back', transferMessage: 'Passing you to Returns…', greetOnArrival: false, context: { mode: 'last_n', lastN: 4 }, examples: [] },
    });
    expect(JSON.stringify(exported)).not.toMatch(/agt_/);

    const empty = await createTestContext();
    try {
      // Through JSON, as a downloaded file travels.
      const plan = await importWorkspace(empty, JSON.parse(JSON.stringify(exported)), { dryRun: false });
      expect(plan.counts).toEqual({ create: exported.agents.length + exported.functions.length, change: 0, keep: 0 });
      expect(await exportWorkspace(empty, new Date('2026-01-01T00:00:00Z'))).toEqual(exported);
      // And importing it again into the original changes nothing.
      expect((await importWorkspace(t.ctx, exported, { dryRun: true })).counts).toMatchObject({ create: 0, change: 0 });
    } finally {
      empty.close();
    }
  });
});
