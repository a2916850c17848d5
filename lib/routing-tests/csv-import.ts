import { eq } from 'drizzle-orm';
import { agents, routingTests } from '@/db/schema';
import { withTransaction } from '@/db/transaction';
import type { ServiceContext } from '@/lib/domain/context';
import { ValidationError } from '@/lib/domain/errors';
import { getOwnedOrThrow } from '@/lib/domain/owned';
import { readCsvCases, type CsvPreview, type CsvRowError } from './csv-cases';
import { routingTestsToCsv } from './csv-export';
import { roomForTests } from './room';
import { createRoutingTest, listRoutingTests } from './service';
import type { RoutingTestView } from './view';

/** What importing `csv` into `agentId`'s tests would do; nothing is written. */
export async function previewRoutingTestsCsv(ctx: ServiceContext, agentId: string, csv: string): Promise<CsvPreview> {
  const start = await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId);
  const [workspaceAgents, existing] = await Promise.all([
    ctx.db.select({ id: agents.id, name: agents.name, slug: agents.slug }).from(agents).where(eq(agents.workspaceId, ctx.workspaceId)),
    ctx.db.select({ messages: routingTests.messages }).from(routingTests).where(eq(routingTests.agentId, agentId)),
  ]);
  return readCsvCases(csv, { start, agents: workspaceAgents, existing: existing.map((row) => row.messages), room: await roomForTests(ctx, agentId) });
}

/**
 * Imports the file's cases in one transaction. A file with bad rows is refused whole (422, each
 * named by line under `csv`) unless `skipBadRows` says the admin saw the preview and wants the good
 * rows only; then those are written and the skipped ones returned.
 */
export function importRoutingTestsCsv(
  ctx: ServiceContext,
  agentId: string,
  csv: string,
  options: { skipBadRows: boolean },
): Promise<{ created: RoutingTestView[]; skipped: CsvRowError[] }> {
  return withTransaction(ctx, async (tx) => {
    const { rows, errors } = await previewRoutingTestsCsv(tx, agentId, csv);
    const named = errors.map((error) => `Line ${error.line}: ${error.message}`);
    if (errors.length > 0 && !options.skipBadRows) {
      const count = errors.length === 1 ? '1 row needs' : `${errors.length} rows need`;
      throw new ValidationError(`The file was not imported: ${count} fixing. Nothing was changed.`, { csv: named });
    }
    if (rows.length === 0) throw new ValidationError('The file holds no test to import. Nothing was changed.', { csv: named.length > 0 ? named : ['The file has a header but no rows.'] });
    const created: RoutingTestView[] = [];
    for (const row of rows) {
      created.push(await createRoutingTest(tx, agentId, { name: row.name ?? undefined, messages: row.messages, expect: { handoffTo: row.expect.handoffTo } }));
    }
    return { created, skipped: errors };
  });
}

/** An agent's cases as a CSV download. */
export async function exportRoutingTestsCsv(ctx: ServiceContext, agentId: string): Promise<{ filename: string; csv: string }> {
  const start = await getOwnedOrThrow(ctx.db, ctx, 'Agent', agentId);
  const [tests, workspaceAgents] = await Promise.all([
    listRoutingTests(ctx, { agentId }),
    ctx.db.select({ id: agents.id, name: agents.name, slug: agents.slug }).from(agents).where(eq(agents.workspaceId, ctx.workspaceId)),
  ]);
  return { filename: `routing-tests-${start.slug}.csv`, csv: routingTestsToCsv(tests, workspaceAgents) };
}
