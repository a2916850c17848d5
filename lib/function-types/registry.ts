import { PHASE_LABELS, type FunctionType, type Phase } from '@/lib/domain/constants';
import { agentHandoff } from './agent-handoff';
import { customFunction } from './custom-function';
import { endSession } from './end-session';
import type { FunctionTypeDefinition } from './types';

// The concrete config types differ per entry; callers go through the definition's own methods.
export type AnyDefinition = FunctionTypeDefinition<Record<string, unknown>>;

/** How code that runs functions finds a type's definition: getFunctionType, or a test's own registry. */
export type FunctionTypeLookup = (type: FunctionType) => AnyDefinition;

/** Every function type, in the order the Add Function dialog lists them. */
export const FUNCTION_TYPE_REGISTRY: Record<FunctionType, AnyDefinition> = {
  agent_handoff: agentHandoff as unknown as AnyDefinition,
  custom_function: customFunction as unknown as AnyDefinition,
  end_session: endSession as unknown as AnyDefinition,
};

export function getFunctionType(type: FunctionType): AnyDefinition {
  return FUNCTION_TYPE_REGISTRY[type];
}

export function listFunctionTypes(): AnyDefinition[] {
  return Object.values(FUNCTION_TYPE_REGISTRY);
}

/** Why a type cannot be added to a phase, in the words the dialog shows; null when it can. */
export function unavailableReason(definition: AnyDefinition, phase: Phase): string | null {
  if (definition.phases.includes(phase)) return null;
  const allowed = definition.phases.map((p) => PHASE_LABELS[p]).join(' and ');
  return `${definition.label} is available ${allowed} only`;
}
