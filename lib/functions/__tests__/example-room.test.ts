import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { agenticFunctions, auditEvents } from '@/db/schema';
import { toErrorResponse } from '@/lib/api/errors';
import type { ServiceContext } from '@/lib/domain/context';
import { ConflictError } from '@/lib/domain/errors';
import { WORKSPACE_LIMITS } from '@/lib/domain/workspace-limits';
import { setupSupportTeam } from '@/lib/testing/fixtures';
import { makeAgent, makeHandoff } from '@/lib/testing/factories';
import { countWorkspaceExamples } from '../example-room';
import { addHandoffExample } from '../examples';
import { listFunctionHistory } from '../history';
import { restoreFunction } from '../restore';
import { getFunction, updateFunction } from '../service';

const team = setupSupportTeam();
/** The same workspace with its cap of examples lowered to 10, as 50,000 would take too long to write. */
let small: ServiceContext;

beforeEach(async () => {
  small = { ...team.ctx, limits: { examples: 10 } };
});

const examples = (count: number, prefix = 'Question') => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`);
const snapshot = async () => ({
  functions: await team.ctx.db.select().from(agenticFunctions),
  audit: (await team.ctx.db.select().from(auditEvents)).length,
});
const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('the write was not refused'),
    (error: unknown) => error as ConflictError,
  );

describe('the workspace cap on example messages', () => {
  it('is 50,000 for a real workspace', () => {
    expect(WORKSPACE_LIMITS.examples).toBe(50_000);
  });

  it('counts every handoff’s examples in the database, rows saved before examples existed as none', async () => {
    const a = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, examples: examples(3) });
    const b = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.tech.id, examples: examples(2) });
    const older = await makeHandoff(team.ctx, team.billing.id, { targetAgentId: team.tech.id });
    const withoutField = { ...older.config };
    delete withoutField.examples;
    await team.ctx.db.update(agenticFunctions).set({ config: withoutField }).where(eq(agenticFunctions.id, older.id));
    expect(await countWorkspaceExamples(team.ctx)).toBe(5);
    expect(await countWorkspaceExamples(team.ctx, a.id)).toBe(2);
    expect(await countWorkspaceExamples(team.ctx, b.id)).toBe(3);
    expect(await countWorkspaceExamples(team.ctx, older.id)).toBe(5);
  });

  it('refuses a new handoff one example past it (409, naming the cap), writing nothing; one at it is saved', async () => {
    await makeHandoff(small, team.general.id, { targetAgentId: team.billing.id, examples: examples(6) });
    const before = await snapshot();
    const refusal = await refusalOf(makeHandoff(small, team.general.id, { targetAgentId: team.tech.id, examples: examples(5, 'Other') }));
    const message =
      'This workspace already has 6 example messages; at most 10 fit in one workspace, and this would make 11. Remove examples from this or another handoff first.';
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal.message).toBe(message);
    expect(refusal.fieldErrors).toEqual({ 'config.examples': [message] });
    expect(toErrorResponse(refusal).status).toBe(409);
    expect(await snapshot()).toEqual(before);

    await makeHandoff(small, team.general.id, { targetAgentId: team.tech.id, examples: examples(4, 'Other') });
    expect(await countWorkspaceExamples(team.ctx)).toBe(10);
  });

  it('refuses an update one example past it, counting the handoff’s own examples once; other edits still save', async () => {
    const first = await makeHandoff(small, team.general.id, { targetAgentId: team.billing.id, examples: examples(6) });
    const second = await makeHandoff(small, team.general.id, { targetAgentId: team.tech.id, examples: examples(4, 'Other') });
    const before = await snapshot();
    const refusal = await refusalOf(updateFunction(small, first.id, { version: 1, config: { examples: examples(7) } }));
    expect(refusal.message).toBe(
      'This workspace already has 10 example messages; at most 10 fit in one workspace, and this would make 11. Remove examples from this or another handoff first.',
    );
    expect(await snapshot()).toEqual(before);

    // Replacing its six with six others, or changing only the description, stays at the cap.
    await updateFunction(small, first.id, { version: 1, config: { examples: examples(6, 'Another') } });
    await updateFunction(small, second.id, { version: 1, config: { description: 'Hand off when the app shows an error.' } });
    expect((await getFunction(team.ctx, first.id)).config.examples).toEqual(examples(6, 'Another'));
    expect(await countWorkspaceExamples(team.ctx)).toBe(10);
  });

  it('lets a workspace past a lowered cap save a handoff without adding examples to it', async () => {
    const fn = await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id, examples: examples(12) });
    await updateFunction(small, fn.id, { version: 1, config: { description: 'Hand off for refunds.' } });
    await updateFunction(small, fn.id, { version: 2, config: { examples: examples(11) } });
    await expect(updateFunction(small, fn.id, { version: 3, config: { examples: examples(12) } })).rejects.toThrow(
      'This workspace already has 11 example messages; at most 10 fit in one workspace, and this would make 12.',
    );
  });

  it('refuses "add this message as an example" at the cap, keyed `message`, writing nothing', async () => {
    const fn = await makeHandoff(small, team.general.id, { targetAgentId: team.billing.id, examples: examples(4) });
    await makeHandoff(small, team.billing.id, { targetAgentId: team.tech.id, examples: examples(6, 'Other') });
    const before = await snapshot();
    const refusal = await refusalOf(addHandoffExample(small, fn.id, 'I was charged twice'));
    const message =
      'This workspace already has 10 example messages; at most 10 fit in one workspace, and this would make 11. Remove examples from this or another handoff first.';
    expect(refusal).toBeInstanceOf(ConflictError);
    expect(refusal.fieldErrors).toEqual({ message: [message] });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses restoring a version with more examples than the workspace has room for, and a deleted one', async () => {
    const fn = await makeHandoff(small, team.general.id, { targetAgentId: team.billing.id, examples: examples(5) });
    await updateFunction(small, fn.id, { version: 1, config: { examples: examples(1) } });
    await makeHandoff(small, team.general.id, { targetAgentId: team.tech.id, examples: examples(8, 'Other') });
    const v1 = (await listFunctionHistory(team.ctx, fn.id)).find((event) => event.action === 'create');
    const before = await snapshot();
    await expect(restoreFunction(small, fn.id, { eventId: v1?.id as string, version: 2 })).rejects.toThrow(
      'Version 1 cannot be restored: this workspace already has 9 example messages; at most 10 fit in one workspace, and this would make 13.',
    );
    expect(await snapshot()).toEqual(before);

    const other = await makeAgent(small, 'Returns');
    const gone = await makeHandoff(small, other.id, { targetAgentId: team.billing.id, examples: examples(1, 'Gone') });
    await team.ctx.db.delete(agenticFunctions).where(eq(agenticFunctions.id, gone.id));
    await updateFunction(small, fn.id, { version: 2, config: { examples: examples(2) } });
    const created = (await listFunctionHistory(team.ctx, gone.id)).find((event) => event.action === 'create');
    await expect(restoreFunction(small, gone.id, { eventId: created?.id as string })).rejects.toThrow(
      'Version 1 cannot be restored: this workspace already has 10 example messages; at most 10 fit in one workspace, and this would make 11.',
    );
  });
});
