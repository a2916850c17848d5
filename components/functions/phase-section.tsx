import { PHASE_LABELS, type Phase } from '@/lib/domain/constants';
import type { FunctionTypeOption, FunctionView } from '@/lib/functions/view';
import { AddFunctionDialog } from './add-function-dialog';
import type { TargetOption } from './agent-handoff-form';
import { FunctionRow } from './function-row';

interface PhaseSectionProps {
  agentId: string;
  phase: Phase;
  functions: FunctionView[];
  typeOptions: FunctionTypeOption[];
  targets: TargetOption[];
  /** Whether to offer “+ Add Function”: a viewer only reads. */
  canEdit: boolean;
}

const PHASE_HINTS: Record<Phase, string> = {
  pre_session: 'Run before the conversation starts.',
  during_session: 'Offered to the LLM as tools while the conversation runs.',
  post_session: 'Run after the conversation ends.',
};

/** One of the three phases: its functions and its “+ Add Function” button. */
export function PhaseSection({ agentId, phase, functions, typeOptions, targets, canEdit }: PhaseSectionProps) {
  const headingId = `phase-${phase}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id={headingId} className="text-base font-semibold">
            {PHASE_LABELS[phase]} Functions
          </h2>
          <p className="text-sm text-slate-500">{PHASE_HINTS[phase]}</p>
        </div>
        {canEdit && <AddFunctionDialog agentId={agentId} phase={phase} typeOptions={typeOptions} targets={targets} />}
      </div>
      {functions.length === 0 ? (
        <p className="text-sm text-slate-500">No functions yet.</p>
      ) : (
        <ul className="space-y-3" aria-label={`${PHASE_LABELS[phase]} Functions`}>
          {functions.map((fn) => (
            <FunctionRow key={fn.id} fn={fn} agentId={agentId} targets={targets} />
          ))}
        </ul>
      )}
    </section>
  );
}
