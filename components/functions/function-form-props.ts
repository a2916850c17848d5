import type { Phase } from '@/lib/domain/constants';
import type { FunctionView } from '@/lib/functions/view';
import type { TargetOption } from './agent-handoff-form';
import type { StaleVersionChoices } from './function-form-footer';

/** What the function dialog hands the form of each function type (function-forms.tsx). */
export interface FunctionFormProps {
  agentId: string;
  targets: TargetOption[];
  onSaved: () => void;
  onCancel: () => void;
  /** The phase a new function is added to (an edited one keeps `base.phase`). */
  phase?: Phase;
  /** The function being edited; absent when adding one. */
  base?: FunctionView;
  staleVersion?: StaleVersionChoices;
}
