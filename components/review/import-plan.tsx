import type { ImportPlan, ImportPlanItem } from '@/lib/workspace-transfer/plan';

const ENTITY_LABELS: Record<ImportPlanItem['entity'], string> = { agent: 'Agent', function: 'Function', test: 'Routing test' };

const GROUPS: { action: ImportPlanItem['action']; title: string }[] = [
  { action: 'create', title: 'Created' },
  { action: 'change', title: 'Changed' },
  { action: 'keep', title: 'Left alone (already the same)' },
];

/** What an import does, grouped: created, changed (which fields), left alone. */
export function ImportPlanView({ plan, applied }: { plan: ImportPlan; applied: boolean }) {
  return (
    <section aria-label={applied ? 'Import result' : 'Import preview'} className="space-y-3 text-sm">
      <p className="text-slate-700">
        {applied ? 'Imported' : 'Applying this file would'}: {plan.counts.create} created, {plan.counts.change} changed, {plan.counts.keep} left alone.
        {(plan.notInFile.agents > 0 || plan.notInFile.functions > 0 || plan.notInFile.tests > 0) &&
          ` The file does not mention ${plan.notInFile.agents} agents, ${plan.notInFile.functions} functions and ${plan.notInFile.tests} routing tests of the workspace; import never deletes, so they stay as they are.`}
      </p>
      {GROUPS.map(({ action, title }) => {
        const items = plan.items.filter((item) => item.action === action);
        if (items.length === 0) return null;
        return (
          <div key={action}>
            <h4 className="font-medium text-slate-800">
              {title} ({items.length})
            </h4>
            <ul aria-label={title} className="mt-1 list-disc space-y-0.5 pl-5 text-slate-700">
              {items.map((item, index) => (
                <li key={`${item.entity}-${index}`}>
                  {ENTITY_LABELS[item.entity]} {item.label}
                  {item.fields.length > 0 && <span className="text-slate-500"> — {item.fields.join(', ')}</span>}
                  {item.needsSecrets && item.needsSecrets.length > 0 && (
                    // A file carries no secrets: say which to enter, and that it waits disabled until then.
                    <span className="block text-amber-700">Arrives disabled: enter {item.needsSecrets.join(', ')} to enable it.</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
