import type { Agent } from '@/lib/agents/service';
import { PHASE_LABELS, type FunctionType, type Phase } from '@/lib/domain/constants';
import { getFunctionType } from '@/lib/function-types/registry';
import type { FunctionWithTarget } from '@/lib/functions/service';

/** One function as the review table shows it: plain data, safe to hand to client components. */
export interface ReviewRow {
  id: string;
  agentId: string;
  agentName: string;
  phase: Phase;
  phaseLabel: string;
  type: FunctionType;
  typeLabel: string;
  targetId: string | null;
  targetName: string | null;
  description: string;
  toolName: string | null;
  enabled: boolean;
  version: number;
  updatedAt: string;
}

export type ReviewAgent = Pick<Agent, 'id' | 'name' | 'slug'>;

export function toReviewRows(agents: ReviewAgent[], functions: FunctionWithTarget[]): ReviewRow[] {
  const names = new Map(agents.map((agent) => [agent.id, agent.name]));
  return functions.map((fn) => {
    const definition = getFunctionType(fn.type);
    return {
      id: fn.id,
      agentId: fn.agentId,
      agentName: names.get(fn.agentId) ?? fn.agentId,
      phase: fn.phase,
      phaseLabel: PHASE_LABELS[fn.phase],
      type: fn.type,
      typeLabel: definition.label,
      targetId: fn.targetAgent?.id ?? null,
      targetName: fn.targetAgent?.name ?? null,
      description: definition.describe(fn.config),
      toolName: fn.toolName,
      enabled: fn.enabled,
      version: fn.version,
      updatedAt: fn.updatedAt.toISOString(),
    };
  });
}

/** "General Support → Billing (transfer_to_billing)": how findings and history name a function. */
export function functionLabel(row: Pick<ReviewRow, 'agentName' | 'targetName' | 'typeLabel' | 'toolName'>): string {
  const head = row.targetName ? `${row.agentName} → ${row.targetName}` : `${row.agentName}: ${row.typeLabel}`;
  return row.toolName ? `${head} (${row.toolName})` : head;
}
