import { pageOf, type Page } from '@/lib/paging/page';
import { FINDING_LABELS, type Finding, type FindingKind } from './finding';

/** Findings a page shows unless its URL asks for another size (`fsize`). */
export const FINDINGS_PAGE_SIZE = 20;

/** One kind of finding and how many of it the view has: "Vague description · 12". */
export interface FindingKindCount {
  kind: FindingKind;
  label: string;
  severity: Finding['severity'];
  count: number;
}

/** How many findings of each kind, warnings first, then the most numerous; kinds with none are left out. */
export function summariseFindings(findings: readonly Finding[]): FindingKindCount[] {
  const byKind = new Map<FindingKind, FindingKindCount>();
  for (const finding of findings) {
    const entry = byKind.get(finding.kind);
    if (entry) entry.count += 1;
    else byKind.set(finding.kind, { kind: finding.kind, label: FINDING_LABELS[finding.kind], severity: finding.severity, count: 1 });
  }
  const severityOrder = { warning: 0, info: 1 };
  // Map order (first seen) breaks ties, and findings arrive in a stable order, so the list never shuffles.
  return [...byKind.values()].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity] || b.count - a.count);
}

/** The findings the view lists: of its kind (every kind without one), one page of them, in the order given. */
export function pageFindings(findings: readonly Finding[], view: { finding?: FindingKind; fpage?: number; fsize?: number }): Page<Finding> {
  const ofKind = view.finding ? findings.filter((finding) => finding.kind === view.finding) : findings;
  return pageOf(ofKind, { page: view.fpage ?? 1, size: view.fsize ?? FINDINGS_PAGE_SIZE });
}
