// The PostgreSQL twin of db/schema (SQLite): same tables, columns, indexes and foreign keys, kept
// equal by db/__tests__/schema-parity.test.ts. Comments on what each column means live there.
export * from './workspaces';
export * from './agents';
export * from './agentic-functions';
export * from './sessions';
export * from './audit';
export * from './routing-tests';
export * from './accounts';
export * from './webhooks';
export * from './text-embeddings';
