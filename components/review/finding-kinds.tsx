import { Link } from '@/components/ui/link';
import { formatCount } from '@/lib/domain/workspace-limits';
import { FINDING_LABELS, type FindingKind } from '@/lib/review/finding';
import type { FindingKindCount } from '@/lib/review/findings-page';
import { cn } from '@/components/ui/cn';

interface FindingKindsProps {
  kinds: FindingKindCount[];
  /** Findings of every kind in the view. */
  total: number;
  selected: FindingKind | undefined;
  /** The URL of the view listing one kind, or (undefined) every kind. */
  hrefFor: (kind: FindingKind | undefined) => string;
}


/** The view's findings summarised by kind ("Vague description · 12"), each a link to that kind's list. */
export function FindingKinds({ kinds, total, selected, hrefFor }: FindingKindsProps) {
  // A kind chosen before a filter left none of it still shows, at 0, so the view says what it lists.
  const shown = selected && !kinds.some((kind) => kind.kind === selected) ? [...kinds, { kind: selected, label: FINDING_LABELS[selected], severity: 'info' as const, count: 0 }] : kinds;
  return (
    <nav aria-label="Finding kinds" className="mb-3 flex flex-wrap gap-2 text-sm">
      <Chip href={hrefFor(undefined)} current={selected === undefined} label={`All · ${formatCount(total)}`} />
      {shown.map((kind) => (
        <Chip
          key={kind.kind}
          href={hrefFor(kind.kind)}
          current={selected === kind.kind}
          label={`${kind.label} · ${formatCount(kind.count)}`}
          warning={kind.severity === 'warning'}
        />
      ))}
    </nav>
  );
}

function Chip({ href, current, label, warning = false }: { href: string; current: boolean; label: string; warning?: boolean }) {
  const tone = current ? 'border-indigo-300 bg-indigo-50 text-indigo-700' : warning ? 'border-amber-300 bg-amber-50 text-amber-900' : 'border-slate-300 bg-white text-slate-700';
  return (
    <Link href={href} scroll={false} aria-current={current ? 'page' : undefined} className={cn('rounded-full border px-3 py-1', tone)}>
      {label}
    </Link>
  );
}
