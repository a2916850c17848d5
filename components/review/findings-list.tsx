import { Link } from '@/components/ui/link';
import { FINDING_LABELS, type Finding } from '@/lib/review/finding';

/** Findings, warnings first, each with its reason and where to fix it (for a viewer, where to look). */
export function FindingsList({ findings, total, canEdit }: { findings: Finding[]; total: number; canEdit: boolean }) {
  if (findings.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">{total === 0 ? 'No findings: every function reads clearly and every agent can be reached.' : 'No findings in this view.'}</p>;
  }
  return (
    <ul aria-label="Findings" className="space-y-2">
      {findings.map((finding) => (
        <li
          key={finding.id}
          data-finding={finding.kind}
          className={`rounded-lg border p-4 text-sm ${finding.severity === 'warning' ? 'border-amber-200 bg-amber-50' : 'border-slate-200 bg-white'}`}
        >
          <p className="flex flex-wrap items-center gap-2">
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${finding.severity === 'warning' ? 'bg-amber-200 text-amber-900' : 'bg-slate-200 text-slate-700'}`}>
              {finding.severity === 'warning' ? 'Warning' : 'Info'} · {FINDING_LABELS[finding.kind]}
            </span>
            <span className="font-medium text-slate-900">{finding.title}</span>
          </p>
          <p className="mt-1 text-slate-700">{finding.reason}</p>
          <Link href={finding.fix.href} className="mt-2 inline-block font-medium text-indigo-700 hover:underline">
            {canEdit ? finding.fix.label : <>Open<span className="sr-only">: {finding.title}</span></>} <span aria-hidden>→</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
