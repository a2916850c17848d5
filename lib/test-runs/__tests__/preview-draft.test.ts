import { count } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { agenticFunctions, testRuns } from '@/db/schema';
import type { Agent } from '@/lib/agents/service';
import { createSimulatedEngine } from '@/lib/conversation/engines/simulated';
import { ConflictError, ValidationError } from '@/lib/domain/errors';
import type { AgenticFunction } from '@/lib/functions/service';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { previewDraft } from '../preview-draft';
import { insertCase } from './helpers';

const t = setupTestContext();
let general: Agent;
let billing: Agent;
let tech: Agent;
let toBilling: AgenticFunction;
let refundCase: string;
let routerCase: string;
const engine = createSimulatedEngine({ encoder: false });

beforeEach(async () => {
  // Names that say nothing about the subject, so only the handoff descriptions decide.
  general = await makeAgent(t.ctx, 'Front Desk', 'First contact.');
  billing = await makeAgent(t.ctx, 'Team Alpha', 'A team.');
  tech = await makeAgent(t.ctx, 'Team Beta', 'Another team.');
  toBilling = await makeHandoff(t.ctx, general.id, { targetAgentId: billing.id, description: 'When the customer asks about invoices, refunds or payments.' });
  refundCase = await insertCase(t.ctx, general.id, ['I want a refund for last month’s invoice'], billing.id);
  routerCase = await insertCase(t.ctx, general.id, ['My router keeps dropping the wifi connection'], tech.id);
});

describe('previewDraft', () => {
  it('names the case a description edit would break, and saves nothing', async () => {
    const preview = await previewDraft(t.ctx, general.id, { functionId: toBilling.id, config: { description: 'When the customer wants to change their postal address.' } }, { engine });
    expect(preview).toMatchObject({ passedBefore: 1, passedAfter: 0, total: 2 });
    expect(preview.changes).toEqual([expect.objectContaining({ testId: refundCase, before: true, after: false, reachedBefore: billing.id, reachedAfter: null })]);
    const [saved] = await t.ctx.db.select().from(agenticFunctions);
    expect(saved?.config.description).toBe('When the customer asks about invoices, refunds or payments.');
    expect((await t.ctx.db.select({ n: count() }).from(testRuns))[0]?.n).toBe(0);
  });

  it('names the case a new handoff would fix', async () => {
    const preview = await previewDraft(t.ctx, general.id, { config: { targetAgentId: tech.id, description: 'When the router, wifi or internet connection is broken.' } }, { engine });
    expect(preview.changes).toEqual([expect.objectContaining({ testId: routerCase, before: false, after: true, reachedBefore: null, reachedAfter: tech.id })]);
    expect(preview.results.map((result) => result.ok)).toEqual([true, true]);
  });

  it('reports no change when the draft keeps every outcome', async () => {
    const preview = await previewDraft(t.ctx, general.id, { functionId: toBilling.id, config: { description: 'When the customer asks about invoices, refunds, payments or charges.' } }, { engine });
    expect(preview).toMatchObject({ changes: [], passedBefore: 1, passedAfter: 1 });
  });

  it('refuses a draft a save would refuse, with the same field errors', async () => {
    const error = await previewDraft(t.ctx, general.id, { functionId: toBilling.id, config: { description: '' } }, { engine }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors['config.description']).toBeDefined();
    await expect(previewDraft(t.ctx, general.id, { config: { targetAgentId: billing.id, description: 'Billing again.' } }, { engine })).rejects.toBeInstanceOf(ConflictError);
    await expect(previewDraft(t.ctx, billing.id, { functionId: toBilling.id, config: { description: 'x' } }, { engine })).rejects.toThrow(/not found/);
  });
});
