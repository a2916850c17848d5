import type { AgentFormValues } from './agent-form';

const FIELDS = [
  { key: 'description', label: 'Description' },
  { key: 'instructions', label: 'Instructions' },
  { key: 'greeting', label: 'Greeting' },
] as const;

/** An agent's settings to read, for those who may not change them. */
export function AgentDetails({ agent }: { agent: AgentFormValues }) {
  return (
    <dl aria-label="Agent details" className="max-w-2xl space-y-4">
      {FIELDS.map(({ key, label }) => (
        <div key={key}>
          <dt className="text-sm font-medium text-slate-800">{label}</dt>
          <dd className="mt-1 whitespace-pre-wrap wrap-anywhere rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
            {agent[key] || <span className="text-slate-500">None</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
