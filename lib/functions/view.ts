import type { Phase } from '@/lib/domain/constants';
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
  enabled: boolean;
  version: number;
  toolName: string | null;
  description: string;
  targetAgent: { id: string; name: string } | null;
  config: Record<string, unknown>;
  /** The exact tool definition the LLM receives, pretty-printed; null if it is not a tool. */
  toolJson: string | null;
  updatedAt: string;
}

export function toFunctionView(fn: FunctionWithTarget): FunctionView {
  const definition = getFunctionType(fn.type);
  const tool = definition.toTool(fn.config, fn.targetAgent);
  return {
    id: fn.id,
    agentId: fn.agentId,
    phase: fn.phase,
    type: fn.type,
    typeLabel: definition.label,
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
