export * from './workspaces';
export * from './agents';
export * from './agentic-functions';
export * from './sessions';
export * from './audit';
export * from './routing-tests';
export * from './accounts';
export * from './webhooks';
