import { currentDialect } from '../dialect';
import * as pg from '../schema-pg';
import * as sqlite from '../schema-sqlite';

/**
 * The tables of the dialect this process runs on (db/dialect.ts), for every query above db/. They are
 * typed as PostgreSQL's, the stricter builder: no `.get()`, `.all()` or `.run()`, every query awaited,
 * so the same service code runs on both. db/__tests__/schema-parity.test.ts keeps the two equal.
 */
const active = (currentDialect() === 'postgres' ? pg : sqlite) as unknown as typeof pg;

export const {
  workspaces,
  agents,
  agenticFunctions,
  chatSessions,
  sessionEvents,
  auditEvents,
  routingTests,
  testRuns,
  testRunResults,
  users,
  authSessions,
  memberships,
  invitations,
  apiKeys,
  workspaceWebhookSecrets,
  functionTestCalls,
  textEmbeddings,
  signInFailures,
} = active;
