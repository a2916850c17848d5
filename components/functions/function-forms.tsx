import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import type { FunctionType } from '@/lib/domain/constants';
import { DialogLoading } from '@/components/ui/dialog';
import type { FunctionFormProps } from './function-form-props';

/**
 * The form of each function type; the registry's UI half. A new type adds its form here. Each is loaded
 * when a dialog first shows it, so the functions page does not ship forms nobody opened.
 */
export const FUNCTION_FORMS: Record<FunctionType, ComponentType<FunctionFormProps>> = {
  agent_handoff: dynamic(() => import('./agent-handoff-form').then((module) => module.AgentHandoffForm), { loading: DialogLoading }),
  custom_function: dynamic(() => import('./custom-function-form').then((module) => module.CustomFunctionForm), { loading: DialogLoading }),
  end_session: dynamic(() => import('./end-session-form').then((module) => module.EndSessionForm), { loading: DialogLoading }),
};
