import { listFunctionTypes } from '@/lib/function-types/registry';
import { pageOf } from '@/lib/paging/page';
import { filterFindings, filterRows, parseReviewFilters, reviewHref, sortRows } from '@/lib/review/filters';
import { pageFindings, summariseFindings } from '@/lib/review/findings-page';
import { lastChangedBy } from '@/lib/review/last-changed-by';
import { loadWorkspaceReview } from '@/lib/review/overview';
import { contextCan } from '@/lib/server/context';
import { getPageContext } from '@/lib/server/page-context';
import { MAX_IMPORT_BYTES, MAX_IMPORT_SIZE_LABEL } from '@/lib/workspace-transfer/limits';
import { ExportLinks } from '@/components/review/export-links';
import { FindingKinds } from '@/components/review/finding-kinds';
import { FindingsList } from '@/components/review/findings-list';
import { ImportPanel } from '@/components/review/import-panel';
import { ReviewCounts } from '@/components/review/review-counts';
import { ReviewFilters } from '@/components/review/review-filters';
import { ReviewTable } from '@/components/review/review-table';
import { Pager } from '@/components/ui/pager';

export const metadata = { title: 'Review' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: SearchParams }) {
  const ctx = await getPageContext();
  const [params, review] = await Promise.all([searchParams, loadWorkspaceReview(ctx)]);
  // Export is reading; a viewer gets no import, and no "Edit" on the findings.
  const canEdit = contextCan(ctx, 'edit');
  const filters = parseReviewFilters(params);
  const rows = sortRows(filterRows(review.rows, filters), filters.sort, filters.dir);
  // Sorted and filtered over every row, then paged: the counts stay exact and the HTML stays small.
  const page = pageOf(rows, filters);
  const changedBy = Object.fromEntries(await lastChangedBy(ctx, page.items.map((row) => row.id)));
  const findings = filterFindings(review.findings, filters);
  // Findings by kind with exact counts; the list shows one kind (or all) a page at a time.
  const findingsPage = pageFindings(findings, filters);
  const filtered = Boolean(filters.agent || filters.q);
  const types = listFunctionTypes().map((definition) => ({ type: definition.type, label: definition.label }));

  return (
    <div className="space-y-8">
      <ReviewCounts counts={review.counts} />
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading" className="mb-3 text-lg font-semibold">
          Findings{filtered && <span className="text-sm font-normal text-slate-500"> · {findings.length} of {review.findings.length}, for this view</span>}
        </h2>
        {review.findings.length > 0 && (
          <FindingKinds kinds={summariseFindings(findings)} total={findings.length} selected={filters.finding} hrefFor={(kind) => reviewHref(filters, { finding: kind })} />
        )}
        <FindingsList findings={findingsPage.items} total={review.findings.length} canEdit={canEdit} />
        {findingsPage.pageCount > 1 && <Pager page={findingsPage} label="Findings" hrefFor={(n) => reviewHref(filters, { fpage: n })} />}
      </section>
      <section aria-labelledby="functions-heading">
        <h2 id="functions-heading" className="mb-3 text-lg font-semibold">
          Functions <span className="text-sm font-normal text-slate-500">· {rows.length} of {review.rows.length}</span>
        </h2>
        <ReviewFilters key={JSON.stringify(filters)} agents={review.agents} types={types} values={filters} />
        <ReviewTable rows={page.items} changedBy={changedBy} filters={filters} now={review.asOf} />
        <Pager page={page} label="Functions" hrefFor={(n) => reviewHref(filters, { page: n })} />
      </section>
      <section aria-labelledby="transfer-heading" className={`grid gap-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm ${canEdit ? 'md:grid-cols-2' : ''}`}>
        <h2 id="transfer-heading" className="sr-only">
          {canEdit ? 'Export and import' : 'Export'}
        </h2>
        <div>
          <h3 className="mb-2 font-semibold">Export</h3>
          <p className="mb-3 text-sm text-slate-600">The agents and functions as a versioned JSON document, agents named by slug, ready to import elsewhere.</p>
          <ExportLinks agents={review.agents} />
        </div>
        {canEdit && (
          <div>
            <h3 className="mb-2 font-semibold">Import</h3>
            <ImportPanel limit={{ maxBytes: MAX_IMPORT_BYTES, label: MAX_IMPORT_SIZE_LABEL }} />
          </div>
        )}
      </section>
    </div>
  );
}
