import type { Phase } from '@/lib/domain/constants';
import { isLlmTool } from '@/lib/function-types/offered-tools';
import { redactConfig } from '@/lib/function-types/redact-secrets';
import { getFunctionType, listFunctionTypes, unavailableReason } from '@/lib/function-types/registry';
import type { FunctionWithTarget } from './service';

/** What the functions page shows of one function: plain data, safe to hand to client components. */
export interface FunctionView {
  id: string;
  agentId: string;
  phase: Phase;
  type: FunctionWithTarget['type'];
  typeLabel: string;
  /**
   * What the row is called (its accessible name), distinct among the agent's functions: "Agent Handoff
   * to Billing", "Custom Function lookup_order", or the type alone for one-per-agent types ("End Session").
   */
  name: string;
  enabled: boolean;
  version: number;
  toolName: string | null;
  description: string;
  targetAgent: { id: string; name: string } | null;
  config: Record<string, unknown>;
  /** The exact tool definition the LLM receives, pretty-printed; null if it is not a tool (Pre- and Post-Session functions). */
  toolJson: string | null;
  updatedAt: string;
}

export function toFunctionView(fn: FunctionWithTarget): FunctionView {
  const definition = getFunctionType(fn.type);
  const tool = isLlmTool(definition, fn.phase) ? definition.toTool(fn.config, fn.targetAgent) : null;
  return {
    id: fn.id,
    agentId: fn.agentId,
    phase: fn.phase,
    type: fn.type,
    typeLabel: definition.label,
    name: rowName(definition, fn),
    enabled: fn.enabled,
    version: fn.version,
    toolName: fn.toolName,
    description: definition.describe(fn.config),
    targetAgent: fn.targetAgent ? { id: fn.targetAgent.id, name: fn.targetAgent.name } : null,
    // Header values are secrets: stored, never shown again (an empty value on save keeps the stored one).
    config: redactConfig(fn.type, fn.config),
    toolJson: tool ? JSON.stringify(tool.definition, null, 2) : null,
    updatedAt: fn.updatedAt.toISOString(),
  };
}

function rowName(definition: { label: string; onePerAgent?: boolean }, fn: FunctionWithTarget): string {
  if (fn.targetAgent) return `${definition.label} to ${fn.targetAgent.name}`;
  if (definition.onePerAgent || !fn.toolName) return definition.label;
  return `${definition.label} ${fn.toolName}`;
}

/** The Add Function dialog's choices for one phase, each with why it is unavailable (if it is). */
export interface FunctionTypeOption {
  type: FunctionWithTarget['type'];
  label: string;
  summary: string;
  unavailableReason: string | null;
}

export function functionTypeOptions(phase: Phase): FunctionTypeOption[] {
  return listFunctionTypes().map((definition) => ({
    type: definition.type as FunctionWithTarget['type'],
    label: definition.label,
    summary: definition.summary,
    unavailableReason: unavailableReason(definition, phase),
  }));
}
