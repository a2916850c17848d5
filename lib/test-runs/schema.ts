import { z } from 'zod';

const id = (what: string) => z.string({ error: `${what} must be an id.` }).trim().min(1, `${what} must be an id.`);

/** POST /api/v1/test-runs and the Run tests buttons: one agent's cases, or (no agentId) the workspace's. */
export const TestRunCreateSchema = z.strictObject({
  agentId: id('agentId').optional(),
});
export type TestRunCreate = z.output<typeof TestRunCreateSchema>;

export const TEST_RUNS_MAX_PAGE = 100;

/** GET /api/v1/test-runs?limit=&before=&agentId=: newest first, `before` a run id from the last page. */
export const TestRunListQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: 'limit must be a whole number.' })
    .int('limit must be a whole number.')
    .min(1, 'limit must be at least 1.')
    .max(TEST_RUNS_MAX_PAGE, `limit can be at most ${TEST_RUNS_MAX_PAGE}.`)
    .default(20),
  before: id('before').optional(),
  agentId: id('agentId').optional(),
});
export type TestRunListQuery = z.output<typeof TestRunListQuerySchema>;

/**
 * POST /api/v1/agents/{agentId}/tests/preview: a handoff draft, the function it edits (none when it
 * would be added). `config` is checked by the function type's own schema, as a save would.
 */
export const DraftPreviewSchema = z.strictObject({
  functionId: id('functionId').optional(),
  config: z.record(z.string(), z.unknown(), { error: 'config must be an object.' }),
});
export type DraftPreviewInput = z.output<typeof DraftPreviewSchema>;
