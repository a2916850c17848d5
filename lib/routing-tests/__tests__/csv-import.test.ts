import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, routingTests } from '@/db/schema';
import type { Agent } from '@/lib/agents/service';
import { NotFoundError, ValidationError } from '@/lib/domain/errors';
import { setupTestContext } from '@/lib/testing/fixtures';
import { makeSupportTeam } from '@/lib/testing/factories';
import { createTestContext } from '@/lib/testing/test-context';
import { exportRoutingTestsCsv, importRoutingTestsCsv, previewRoutingTestsCsv } from '../csv-import';
import { createRoutingTest, listRoutingTests } from '../service';

const t = setupTestContext();
let general: Agent;
let billing: Agent;

beforeEach(async () => {
  ({ general, billing } = await makeSupportTeam(t.ctx));
});

const counts = async () => ({
  tests: (await t.ctx.db.select().from(routingTests)).length,
  audit: (await t.ctx.db.select().from(auditEvents)).filter((event) => event.entityType === 'routing_test').length,
});
const CSV = 'message,expected\r\nI was charged twice,billing\r\n"It crashes, again",Technical Support\r\nhello,Nobody\r\nthanks,\r\n';

describe('CSV import of routing tests', () => {
  it('previews without writing, naming the bad line', async () => {
    const preview = await previewRoutingTestsCsv(t.ctx, general.id, CSV);
    expect(preview.rows.map((row) => [row.line, row.expect.agentName])).toEqual([
      [2, 'Billing'],
      [3, 'Technical Support'],
      [5, null],
    ]);
    expect(preview.errors).toEqual([{ line: 4, message: expect.stringMatching(/^No agent “Nobody”/) }]);
    expect(await counts()).toEqual({ tests: 0, audit: 0 });
    await expect(previewRoutingTestsCsv(t.ctx, 'agt_missing', CSV)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses a file with bad rows whole, unless told to import the good rows only, in one transaction', async () => {
    const refusal = await importRoutingTestsCsv(t.ctx, general.id, CSV, { skipBadRows: false }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect(refusal).toMatchObject({ message: 'The file was not imported: 1 row needs fixing. Nothing was changed.', fieldErrors: { csv: [expect.stringMatching(/^Line 4: No agent/)] } });
    expect(await counts()).toEqual({ tests: 0, audit: 0 });

    const { created, skipped } = await importRoutingTestsCsv(t.ctx, general.id, CSV, { skipBadRows: true });
    expect(created.map((test) => [test.messages, test.expect.handoffTo])).toEqual([
      [['I was charged twice'], billing.id],
      [['It crashes, again'], expect.stringMatching(/^agt_/)],
      [['thanks'], null],
    ]);
    expect(skipped.map((error) => error.line)).toEqual([4]);
    expect(await counts()).toEqual({ tests: 3, audit: 3 });

    // The same file again: every row is now a repeat, so there is nothing to import.
    await expect(importRoutingTestsCsv(t.ctx, general.id, CSV, { skipBadRows: true })).rejects.toThrow('The file holds no test to import. Nothing was changed.');
  });

  it('exports an agent’s tests as a file that imports back into another workspace', async () => {
    await createRoutingTest(t.ctx, general.id, { name: 'Two steps', messages: ['hi', 'a refund, please'], expect: { handoffTo: billing.id } });
    await createRoutingTest(t.ctx, general.id, { messages: ['=1+1'], expect: { handoffTo: null } });
    const { filename, csv } = await exportRoutingTestsCsv(t.ctx, general.id);
    expect(filename).toBe('routing-tests-general-support.csv');
    expect(csv).toBe('\uFEFFname,message,message,expected\r\nTwo steps,hi,"a refund, please",Billing\r\n,\'=1+1,,no handoff\r\n');

    const other = await createTestContext();
    try {
      const team = await makeSupportTeam(other);
      await importRoutingTestsCsv(other, team.general.id, csv, { skipBadRows: false });
      const strip = ({ name, messages, expect }: { name: string | null; messages: string[]; expect: { handoffTo: string | null } }) => ({ name, messages, expect });
      expect((await listRoutingTests(other)).map(strip)).toEqual([
        { name: 'Two steps', messages: ['hi', 'a refund, please'], expect: { handoffTo: team.billing.id } },
        { name: null, messages: ['=1+1'], expect: { handoffTo: null } },
      ]);
    } finally {
      await other.close();
    }
  });
});
