import { getFunctionType } from '@/lib/function-types/registry';
import type { FunctionWithTarget } from '@/lib/functions/service';
import type { Finding } from './finding';
import { functionHref } from './hrefs';
import { functionLabel, type ReviewAgent, type ReviewRow } from './rows';

/**
 * Pre-Session functions run when a conversation starts with their agent, never when a handoff brings
 * one in (lib/sessions/session-lifecycle.ts). The agents whose enabled Pre-Session functions do
 * something and that an enabled handoff leads to: the only ones worth asking whether any conversation
 * ever started with them, so the sessions query stays one, over at most these agents.
 */
export function preSessionCandidates(functions: readonly FunctionWithTarget[]): string[] {
  const reached = new Set(functions.filter((fn) => fn.enabled && fn.targetAgentId !== null).map((fn) => fn.targetAgentId));
  const owners = new Set(functions.filter((fn) => runsAtStart(fn) && reached.has(fn.agentId)).map((fn) => fn.agentId));
  return [...owners];
}

function runsAtStart(fn: FunctionWithTarget): boolean {
  return fn.enabled && fn.phase === 'pre_session' && getFunctionType(fn.type).onSessionStart !== undefined;
}

/**
 * A Pre-Session function on an agent that handoffs reach and that no conversation of the workspace ever
 * started with: as configured, it never runs. `startedWith` holds the candidates conversations started with.
 */
export function preSessionFindings(
  agents: readonly ReviewAgent[],
  functions: readonly FunctionWithTarget[],
  rows: readonly ReviewRow[],
  startedWith: ReadonlySet<string>,
): Finding[] {
  const names = new Map(agents.map((agent) => [agent.id, agent.name]));
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const candidates = new Set(preSessionCandidates(functions));
  // Who hands off to each agent, read once: 3,000 functions are not walked again per finding.
  const handedFrom = new Map<string, Set<string>>();
  for (const fn of functions) {
    if (!fn.enabled || fn.targetAgentId === null) continue;
    const from = handedFrom.get(fn.targetAgentId) ?? new Set<string>();
    from.add(names.get(fn.agentId) ?? fn.agentId);
    handedFrom.set(fn.targetAgentId, from);
  }
  const findings: Finding[] = [];
  for (const fn of functions) {
    const row = rowById.get(fn.id);
    if (!row || !candidates.has(fn.agentId) || startedWith.has(fn.agentId) || !runsAtStart(fn)) continue;
    const agentName = names.get(fn.agentId) ?? fn.agentId;
    const from = [...(handedFrom.get(fn.agentId) ?? [])].sort((a, b) => a.localeCompare(b));
    const label = functionLabel(row);
    findings.push({
      id: `pre_session_never_runs:${fn.id}`,
      kind: 'pre_session_never_runs',
      severity: 'warning',
      title: `Pre-Session function never runs: ${label}`,
      reason: `${agentName} is reached by handoff from ${listOf(from)}, and no conversation has started with it. Pre-Session functions run only when a conversation starts with the agent, not when a handoff arrives, so ${row.toolName ?? 'this function'} never runs. Move it to the agent conversations start with, or make it a During-Session function.`,
      fix: { href: functionHref(fn), label: `Open ${label}` },
      agentIds: [fn.agentId],
      functionIds: [fn.id],
    });
  }
  return findings;
}

/** "A", "A and B", "A, B and C". */
function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
