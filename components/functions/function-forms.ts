import type { ComponentType } from 'react';
import type { FunctionView } from '@/lib/functions/view';
import type { FunctionType, Phase } from '@/lib/domain/constants';
import { AgentHandoffForm, type TargetOption } from './agent-handoff-form';
import { CustomFunctionForm } from './custom-function-form';
import { EndSessionForm } from './end-session-form';

export interface FunctionFormProps {
  agentId: string;
  targets: TargetOption[];
  onSaved: () => void;
  onCancel: () => void;
  /** The phase a new function is added to (an edited one keeps `base.phase`). */
  phase?: Phase;
  /** The function being edited; absent when adding one. */
  base?: FunctionView;
  onReloadLatest?: () => void;
}

/** The form of each function type; the registry's UI half. A new type adds its form here. */
export const FUNCTION_FORMS: Record<FunctionType, ComponentType<FunctionFormProps>> = {
  agent_handoff: AgentHandoffForm,
  custom_function: CustomFunctionForm,
  end_session: EndSessionForm,
};
