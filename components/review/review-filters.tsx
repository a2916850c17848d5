'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { PHASE_LABELS, PHASES } from '@/lib/domain/constants';
import { DEFAULT_PAGE_SIZE } from '@/lib/paging/page-size';
import { Button, ButtonLink } from '@/components/ui/button';

interface ReviewFiltersProps {
  agents: { id: string; name: string }[];
  types: { type: string; label: string }[];
  values: { agent?: string; type?: string; phase?: string; enabled?: string; q?: string; sort: string; dir: string; size: number; finding?: string; fsize?: number };
}

const CONTROL = 'mt-1 block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';

/**
 * The table's filters. They live in the URL (empty ones left out), so every view can be shared; the
 * page remounts this form when the URL changes, so its fields always show the view.
 */
export function ReviewFilters({ agents, types, values }: ReviewFiltersProps) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);

  function apply(event?: FormEvent) {
    event?.preventDefault();
    if (!form.current) return;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form.current)) {
      if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
    }
    if (params.get('sort') === 'agent') params.delete('sort');
    if (params.get('dir') === 'asc') params.delete('dir');
    const query = params.toString();
    router.push(query ? `/review?${query}` : '/review', { scroll: false });
  }

  // Choosing from a list applies at once; the search applies on Enter or the button.
  const choose = (name: string, value: string | undefined, options: Option[]) =>
    function ChoiceControl(id: string) {
      return <Choice id={id} name={name} value={value} options={options} onChange={() => apply()} />;
    };

  return (
    <form ref={form} role="search" aria-label="Filter functions" onSubmit={apply} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-6">
      <input type="hidden" name="sort" value={values.sort} />
      <input type="hidden" name="dir" value={values.dir} />
      {values.size !== DEFAULT_PAGE_SIZE && <input type="hidden" name="size" value={values.size} />}
      {/* The findings' kind and page size stay; both lists start again at their first page. */}
      {values.finding && <input type="hidden" name="finding" value={values.finding} />}
      {values.fsize !== undefined && <input type="hidden" name="fsize" value={values.fsize} />}
      <Field label="Search" className="sm:col-span-2">
        {(id) => <input id={id} type="search" name="q" defaultValue={values.q ?? ''} placeholder="Agent, target, description, tool…" className={CONTROL} />}
      </Field>
      <Field label="Agent">
        {choose('agent', values.agent, [{ value: '', label: 'All agents' }, ...agents.map((agent) => ({ value: agent.id, label: agent.name }))])}
      </Field>
      <Field label="Type">
        {choose('type', values.type, [{ value: '', label: 'All types' }, ...types.map((option) => ({ value: option.type, label: option.label }))])}
      </Field>
      <Field label="Phase">
        {choose('phase', values.phase, [{ value: '', label: 'All phases' }, ...PHASES.map((phase) => ({ value: phase, label: PHASE_LABELS[phase] }))])}
      </Field>
      <Field label="Enabled">
        {choose('enabled', values.enabled, [
          { value: '', label: 'Enabled or not' },
          { value: 'yes', label: 'Enabled only' },
          { value: 'no', label: 'Disabled only' },
        ])}
      </Field>
      <div className="flex items-end gap-2 sm:col-span-6">
        <Button type="submit">Apply filters</Button>
        <ButtonLink href="/review" variant="ghost" scroll={false}>
          Clear filters
        </ButtonLink>
      </div>
    </form>
  );
}

interface Option {
  value: string;
  label: string;
}

function Choice({ id, name, value, options, onChange }: { id: string; name: string; value: string | undefined; options: Option[]; onChange: () => void }) {
  return (
    <select id={id} name={name} defaultValue={value ?? ''} onChange={onChange} className={CONTROL}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A label above its control, linked by id, so the control's name is the label's text alone. */
function Field({ label, className = '', children }: { label: string; className?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={className}>
      <label htmlFor={id} className="text-sm font-medium text-slate-700">
        {label}
      </label>
      {children(id)}
    </div>
  );
}
