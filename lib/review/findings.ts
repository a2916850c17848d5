import { createHash } from 'node:crypto';
import { getFunctionType } from '@/lib/function-types/registry';
import type { FunctionWithTarget } from '@/lib/functions/service';
import type { LastTestCall } from '@/lib/webhooks/test-call';
import { exampleFindings } from './example-findings';
import type { Finding } from './finding';
import { agentHref, functionHref } from './hrefs';
import { preSessionFindings } from './pre-session-findings';
import { functionLabel, type ReviewAgent, type ReviewRow } from './rows';
import { testCallFindings } from './test-call-findings';

/** The rule behind "unreachable", said once so the finding and the docs agree. */
export const ENTRY_POINT_RULE =
  'Conversations start at entry points: agents that hand off to others and that no handoff leads to (like a triage agent). An agent with neither an incoming nor an outgoing enabled handoff can be neither started nor reached.';

/** What the workspace did, beyond its configuration, that some findings read. */
export interface ReviewActivity {
  /** Each function's last Test call. */
  lastTestCalls: ReadonlyMap<string, LastTestCall>;
  /** The agents (of those preSessionCandidates names) that some conversation started with. */
  startedWith: ReadonlySet<string>;
  /** When the review was read: a test call's age is told against it. */
  now: number;
}

const NO_ACTIVITY: ReviewActivity = { lastTestCalls: new Map(), startedWith: new Set(), now: 0 };

/**
 * Every finding of the workspace. The description checks are the registry's `coach` — the same
 * code that advises in the form — so the review and the form never disagree.
 */
export function findFindings(agents: ReviewAgent[], functions: FunctionWithTarget[], rows: ReviewRow[], activity: ReviewActivity = NO_ACTIVITY): Finding[] {
  const findings = [
    ...configurationFindings(agents, functions, rows),
    ...testCallFindings(rows, activity.lastTestCalls, activity.now),
    // Without activity nobody is known to have started a conversation: the check needs it, so it is skipped.
    ...(activity === NO_ACTIVITY ? [] : preSessionFindings(agents, functions, rows, activity.startedWith)),
  ];
  const severityOrder = { warning: 0, info: 1 };
  return findings.sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || a.title.localeCompare(b.title));
}

// The findings the configuration alone decides are the costly part (every description coached, every
// pair of siblings compared: ~0.2 s at 3,000 functions), so they are kept per configuration, like the
// map's layout: the key hashes everything they read, so any saved change computes them afresh. On
// globalThis because Next may load this module once per chunk.
const MAX_CONFIGURATIONS = 8;
const CACHE_KEY = Symbol.for('switchboard.configuration-findings');
type FindingsCache = Map<string, readonly Finding[]>;
const cache: FindingsCache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as FindingsCache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

function configurationFindings(agents: ReviewAgent[], functions: FunctionWithTarget[], rows: ReviewRow[]): readonly Finding[] {
  const key = createHash('sha256').update(JSON.stringify([agents, functions, rows])).digest('hex');
  const known = cache.get(key);
  if (known) return known;
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const findings = [...descriptionFindings(agents, functions, rowById), ...exampleFindings(agents, functions, rowById), ...routeFindings(agents, functions), ...disabledFindings(rows)];
  if (cache.size >= MAX_CONFIGURATIONS) cache.delete(cache.keys().next().value as string);
  cache.set(key, findings);
  return findings;
}

function descriptionFindings(agents: ReviewAgent[], functions: FunctionWithTarget[], rowById: Map<string, ReviewRow>): Finding[] {
  const findings: Finding[] = [];
  // Functions the LLM is offered together: enabled, of one agent, type and phase (in the given order).
  const offeredTogether = new Map<string, FunctionWithTarget[]>();
  for (const fn of functions) {
    if (!fn.enabled || !rowById.has(fn.id)) continue;
    const key = `${fn.agentId}\u0000${fn.type}\u0000${fn.phase}`;
    const group = offeredTogether.get(key);
    if (group) group.push(fn);
    else offeredTogether.set(key, [fn]);
  }
  functions.forEach((fn) => {
    const row = rowById.get(fn.id);
    if (!row) return;
    const definition = getFunctionType(fn.type);
    const label = functionLabel(row);
    const hints = definition.coach(row.description, [], { ownerId: fn.agentId, targetId: fn.targetAgentId, agents });
    const vague = hints.filter((hint) => hint.code !== 'overlap' && hint.code !== 'wrong_target');
    if (vague.length > 0) {
      findings.push({
        id: `vague_description:${fn.id}`,
        kind: 'vague_description',
        severity: 'warning',
        title: `Vague description: ${label}`,
        reason: `The LLM decides from this description alone when to use it. ${vague.map((hint) => hint.message).join(' ')}`,
        fix: { href: functionHref(fn), label: `Edit ${label}` },
        agentIds: [fn.agentId],
        functionIds: [fn.id],
      });
    }
    const wrongTarget = hints.find((hint) => hint.code === 'wrong_target');
    if (wrongTarget) {
      findings.push({
        id: `wrong_target:${fn.id}`,
        kind: 'wrong_target',
        severity: 'warning',
        title: `Names another agent: ${label}`,
        reason: `The LLM decides from this description alone when to use it. ${wrongTarget.message}`,
        fix: { href: functionHref(fn), label: `Edit ${label}` },
        agentIds: [fn.agentId],
        functionIds: [fn.id],
      });
    }
    // Only functions the LLM is offered together can be confused; each pair is checked once.
    if (!fn.enabled) return;
    const group = offeredTogether.get(`${fn.agentId}\u0000${fn.type}\u0000${fn.phase}`) ?? [];
    for (const other of group.slice(group.indexOf(fn) + 1)) {
      const otherRow = rowById.get(other.id);
      if (!otherRow) continue;
      const sibling = { id: other.id, toolName: other.toolName, targetName: otherRow.targetName, description: otherRow.description };
      const overlap = definition.coach(row.description, [sibling]).find((hint) => hint.code === 'overlap');
      if (!overlap) continue;
      findings.push({
        id: `overlapping_handoffs:${fn.id}:${other.id}`,
        kind: 'overlapping_handoffs',
        severity: 'warning',
        title: `Overlapping handoffs of ${row.agentName}: ${row.toolName ?? row.typeLabel} and ${other.toolName ?? otherRow.typeLabel}`,
        reason: `${label} ${lowerFirst(overlap.message)}`,
        fix: { href: functionHref(fn), label: `Edit ${label}` },
        agentIds: [fn.agentId],
        functionIds: [fn.id, other.id],
      });
    }
  });
  return findings;
}

function routeFindings(agents: ReviewAgent[], functions: FunctionWithTarget[]): Finding[] {
  const routes = functions.filter((fn) => fn.enabled && fn.targetAgentId !== null);
  const incoming = new Set(routes.map((fn) => fn.targetAgentId));
  const outgoing = new Set(routes.map((fn) => fn.agentId));
  const findings: Finding[] = [];
  for (const agent of agents) {
    const hasIn = incoming.has(agent.id);
    const hasOut = outgoing.has(agent.id);
    if (!hasIn && !hasOut) {
      findings.push({
        id: `unreachable_agent:${agent.id}`,
        kind: 'unreachable_agent',
        severity: 'warning',
        title: `Unreachable agent: ${agent.name}`,
        reason: `No enabled handoff leads to ${agent.name} and it hands off to no one, so no conversation can reach it. ${ENTRY_POINT_RULE}`,
        fix: { href: agentHref(agent.id), label: `Add a handoff from ${agent.name}, or add one to it from another agent` },
        agentIds: [agent.id],
        functionIds: [],
      });
    } else if (hasIn && !hasOut) {
      findings.push({
        id: `no_way_back:${agent.id}`,
        kind: 'no_way_back',
        severity: 'info',
        title: `No way back from ${agent.name}`,
        reason: `${agent.name} hands off to no one: a conversation routed to it stays there, even when the customer's next question belongs to another agent. Fine for a final specialist; otherwise add a handoff back.`,
        fix: { href: agentHref(agent.id), label: `Add a handoff from ${agent.name}` },
        agentIds: [agent.id],
        functionIds: [],
      });
    }
  }
  return findings;
}

function disabledFindings(rows: ReviewRow[]): Finding[] {
  return rows
    .filter((row) => !row.enabled)
    .map((row) => ({
      id: `disabled_function:${row.id}`,
      kind: 'disabled_function' as const,
      severity: 'info' as const,
      title: `Disabled: ${functionLabel(row)}`,
      reason: 'The LLM is not offered this function, so it never runs. Enable it, or delete it if it is no longer needed.',
      fix: { href: functionHref(row), label: `Open ${functionLabel(row)}` },
      agentIds: [row.agentId],
      functionIds: [row.id],
    }));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
