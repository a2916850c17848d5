import { ConflictError } from './errors';

export interface WorkspaceLimits {
  agents: number;
  functions: number;
  /** Example customer messages of all the workspace's handoffs together (lib/functions/example-room.ts). */
  examples: number;
}
/** What is created one at a time, each create checked for room (lib/domain/workspace-room.ts). */
export type LimitedEntity = 'agents' | 'functions';

/**
 * How much one workspace holds: about three times the largest workspaces we know of (300 agents,
 * 3,000 handoffs). These numbers are the only ones. The services refuse a create that would go past
 * them (409), whether it comes from a form, the API, a restore or an import. An import file may hold
 * exactly as many, and lib/workspace-transfer/limits.ts works out the import's byte limit from them and
 * the field limits. So whatever a workspace holds, its export imports back.
 * There is no per-agent cap: one handoff per target already limits an agent to (agents - 1) handoffs.
 * Examples have a workspace-wide cap of their own: 50 per handoff on every one of 10,000 handoffs
 * would make a 900 MB export, so a workspace holds 50,000 (an average of 5 per handoff at the limit).
 */
export const WORKSPACE_LIMITS: Readonly<WorkspaceLimits> = { agents: 1_000, functions: 10_000, examples: 50_000 };

/** The limits that apply to this context's workspace (a test may lower some through `ctx.limits`). */
export function limitsOf(ctx: { limits?: Partial<WorkspaceLimits> }): WorkspaceLimits {
  return { ...WORKSPACE_LIMITS, ...ctx.limits };
}

/** 10000 → "10,000", as every limit message writes counts. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

const NOUNS: Record<LimitedEntity, [one: string, many: string]> = { agents: ['agent', 'agents'], functions: ['agentic function', 'agentic functions'] };

/** "1 agent", "10,000 agentic functions". */
export function countOf(entity: LimitedEntity, count: number): string {
  return `${formatCount(count)} ${NOUNS[entity][count === 1 ? 0 : 1]}`;
}

/** The refusal (409) of one more agent or function in a workspace that holds `current` of them. */
export function refuseIfFull(ctx: { limits?: Partial<WorkspaceLimits> }, entity: LimitedEntity, current: number): void {
  const limit = limitsOf(ctx)[entity];
  if (current < limit) return;
  throw new ConflictError(
    `This workspace already has ${countOf(entity, current)}, the most a workspace can hold (${formatCount(limit)}). Delete one before adding another.`,
  );
}
