import { afterEach, beforeEach } from 'vitest';
import type { Agent } from '@/lib/agents/service';
import { makeSupportTeam } from './factories';
import { createTestContext, type TestContext } from './test-context';

/*
 * The shared per-test setup of the service tests: call one of these at the top of a test file (or of a
 * describe) and read what it made through the returned object, e.g.
 *
 *   const team = setupSupportTeam();
 *   it('hands off', async () => { await makeHandoff(team.ctx, team.general.id, { targetAgentId: team.billing.id }); });
 *
 *   const t = setupTestContext();
 *   it('creates an agent', async () => { await makeAgent(t.ctx, 'Lobby'); });
 *
 * Why hooks and an object of getters rather than vitest's `test.extend` fixtures: these files read the
 * context from module-level helpers (`const functionCount = async () => ... t.ctx.db ...`), from their
 * own beforeEach blocks and from nested describes, none of which a `test.extend` fixture reaches without
 * threading it through every helper's arguments. The getters keep those helpers as they are, and a read
 * outside a test (say at collection time, in a describe body) throws a clear error instead of handing
 * back the last test's closed database.
 *
 * Named setup* rather than use*: a top-level `useX()` call is what eslint's react-hooks/rules-of-hooks
 * refuses, and these are vitest hooks, not React ones.
 *
 * Hooks run in vitest's default `sequence.hooks: 'stack'` order: a file's own beforeEach registered after
 * the fixture sees the fresh database, and its own afterEach runs before the database is closed.
 */

/**
 * Registers beforeEach/afterEach that make a fresh test context (and whatever `make` adds in it) for each
 * test and close it after, and returns a view of them whose properties throw when read outside a test.
 */
function perTest<T extends { ctx: TestContext }>(name: string, keys: readonly (keyof T)[], actor: string | undefined, make: (ctx: TestContext) => Promise<T>): Readonly<T> {
  let current: T | undefined;
  const view = {} as T;
  for (const key of keys) {
    Object.defineProperty(view, key, {
      enumerable: true,
      get() {
        if (!current) throw new Error(`${name}().${String(key)} is only set while a test runs: read it inside a test or a hook, not in a describe body or at import time.`);
        return current[key];
      },
    });
  }
  let ctx: TestContext | undefined;
  beforeEach(async () => {
    ctx = await createTestContext(actor);
    current = await make(ctx);
  });
  afterEach(async () => {
    const closing = ctx;
    current = undefined;
    ctx = undefined;
    await closing?.close();
  });
  return view;
}

/** A fresh database for each test of the file (beforeEach/afterEach), read through the returned object. */
export function setupTestContext(actor?: string): { readonly ctx: TestContext } {
  return perTest('setupTestContext', ['ctx'], actor, async (ctx) => ({ ctx }));
}

export interface SupportTeam {
  readonly ctx: TestContext;
  /** General Support: the triage agent. */
  readonly general: Agent;
  readonly billing: Agent;
  /** Technical Support. */
  readonly tech: Agent;
}

/** The same with the demo support team (General Support, Billing, Technical Support) made in it. */
export function setupSupportTeam(actor?: string): SupportTeam {
  return perTest<SupportTeam>('setupSupportTeam', ['ctx', 'general', 'billing', 'tech'], actor, async (ctx) => ({ ctx, ...(await makeSupportTeam(ctx)) }));
}
