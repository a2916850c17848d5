import { listAgents } from '@/lib/agents/service';
import type { ServiceContext } from '@/lib/domain/context';
import { listAllFunctions } from '@/lib/functions/service';
import { agentsConversationsStartedWith } from '@/lib/sessions/started-with';
import { lastTestCalls } from '@/lib/webhooks/test-call';
import type { Finding } from './finding';
import { findFindings } from './findings';
import { buildHandoffGraph, type HandoffGraph } from './graph';
import { preSessionCandidates } from './pre-session-findings';
import { toReviewRows, type ReviewAgent, type ReviewRow } from './rows';

export interface ReviewCounts {
  agents: number;
  functions: number;
  handoffs: number;
  enabledHandoffs: number;
  findings: number;
  warnings: number;
}

export interface WorkspaceReview {
  agents: ReviewAgent[];
  rows: ReviewRow[];
  findings: Finding[];
  graph: HandoffGraph;
  counts: ReviewCounts;
  /** When this was read: "5 minutes ago" is relative to it. */
  asOf: number;
}

/** Everything the review pages show, read once from the workspace. */
export async function loadWorkspaceReview(ctx: ServiceContext): Promise<WorkspaceReview> {
  const { agents, functions, rows } = await loadReviewRows(ctx);
  const [testCalls, startedWith] = await Promise.all([lastTestCalls(ctx), agentsConversationsStartedWith(ctx, preSessionCandidates(functions))]);
  const asOf = Date.now();
  const findings = findFindings(agents, functions, rows, { lastTestCalls: testCalls, startedWith, now: asOf });
  const graph = buildHandoffGraph(agents, functions, rows);
  return {
    asOf,
    agents,
    rows,
    findings,
    graph,
    counts: {
      agents: agents.length,
      functions: rows.length,
      handoffs: graph.edges.length,
      enabledHandoffs: graph.edges.filter((edge) => edge.enabled).length,
      findings: findings.length,
      warnings: findings.filter((finding) => finding.severity === 'warning').length,
    },
  };
}

/**
 * The handoff map's data alone: the agents and their routes, without the findings, whose description
 * coach is the costly part of a review and which the map never shows.
 */
export async function loadHandoffGraph(ctx: ServiceContext): Promise<{ agents: ReviewAgent[]; graph: HandoffGraph }> {
  const { agents, functions, rows } = await loadReviewRows(ctx);
  return { agents, graph: buildHandoffGraph(agents, functions, rows) };
}

/**
 * Computes the findings the configuration alone decides, which the review keeps per configuration, so
 * that the first /review after a change finds them cached: at 3,000 functions they took that request
 * 0.2-0.45 s. Run in the background once changes pause. (Not the whole map's layout: up to 2 s of
 * dagre at its size limit would hold up every request meanwhile, for a page few may open.)
 */
export async function warmUpReviewFindings(ctx: ServiceContext): Promise<readonly Finding[]> {
  const { agents, functions, rows } = await loadReviewRows(ctx);
  return findFindings(agents, functions, rows);
}

async function loadReviewRows(ctx: ServiceContext) {
  const [agentRows, functions] = await Promise.all([listAgents(ctx), listAllFunctions(ctx)]);
  const agents: ReviewAgent[] = agentRows.map(({ id, name, slug }) => ({ id, name, slug }));
  return { agents, functions, rows: toReviewRows(agents, functions) };
}
