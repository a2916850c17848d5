import { getFunctionType } from '@/lib/function-types/registry';
import type { FunctionWithTarget } from '@/lib/functions/service';
import type { Finding } from './finding';
import { functionHref } from './hrefs';
import { functionLabel, type ReviewAgent, type ReviewRow } from './rows';

/**
 * Handoffs with example customer messages that read like a sibling's ("example X reads like
 * Billing's"), one finding per handoff, from the registry's coach as the dialog shows it. Only
 * functions the LLM is offered together count: enabled, of one agent, type and phase.
 */
export function exampleFindings(agents: ReviewAgent[], functions: FunctionWithTarget[], rowById: Map<string, ReviewRow>): Finding[] {
  const findings: Finding[] = [];
  for (const fn of functions) {
    const row = rowById.get(fn.id);
    const definition = getFunctionType(fn.type);
    const examples = definition.examples?.(fn.config) ?? [];
    if (!row || !fn.enabled || examples.length === 0) continue;
    const siblings = functions
      .filter((other) => other.id !== fn.id && other.enabled && other.agentId === fn.agentId && other.type === fn.type && other.phase === fn.phase)
      .map((other) => ({
        id: other.id,
        toolName: other.toolName,
        targetName: other.targetAgent?.name ?? null,
        description: definition.describe(other.config),
        examples: definition.examples?.(other.config) ?? [],
      }));
    if (siblings.length === 0) continue;
    const workspace = { ownerId: fn.agentId, targetId: fn.targetAgentId, agents };
    const hints = definition.coach(row.description, siblings, workspace, examples).filter((hint) => hint.code === 'example_like_sibling');
    if (hints.length === 0) continue;
    const label = functionLabel(row);
    findings.push({
      id: `example_like_sibling:${fn.id}`,
      kind: 'example_like_sibling',
      severity: 'warning',
      title: `Examples read like another handoff's: ${label}`,
      reason: `The LLM learns from a handoff's examples what belongs to it. ${hints.map((hint) => hint.message).join(' ')}`,
      fix: { href: functionHref(fn), label: `Edit ${label}` },
      agentIds: [fn.agentId],
      functionIds: [fn.id],
    });
  }
  return findings;
}
