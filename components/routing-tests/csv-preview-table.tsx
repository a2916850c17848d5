import type { CsvPreview } from '@/lib/routing-tests/csv-cases';
import { FormAlert } from '@/components/ui/form-alert';

/** The preview of a CSV import: the rows that become tests, and every bad row named by its line. */
export function CsvPreviewTable({ preview }: { preview: CsvPreview }) {
  const { rows, errors } = preview;
  return (
    <section aria-label="Import preview" className="space-y-3 text-sm">
      <p className="text-slate-700">
        {rows.length} {rows.length === 1 ? 'row becomes a test' : 'rows become tests'}
        {errors.length > 0 && `; ${errors.length} ${errors.length === 1 ? 'row has a problem and is' : 'rows have problems and are'} skipped`}.
      </p>
      {errors.length > 0 && (
        <FormAlert tone="warning">
          <ul aria-label="Rows that will not be imported" className="list-disc space-y-0.5 pl-5">
            {errors.map((error) => (
              <li key={error.line}>
                Line {error.line}: {error.message}
              </li>
            ))}
          </ul>
        </FormAlert>
      )}
      {rows.length > 0 && (
        // Focusable, so a keyboard can scroll a long preview.
        <div role="region" aria-label="Tests to import" tabIndex={0} className="relative max-h-64 overflow-auto rounded-lg border border-slate-200">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">Tests to import</caption>
            <thead className="sticky top-0 bg-slate-50 uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2">Line</th>
                <th scope="col" className="px-3 py-2">Messages</th>
                <th scope="col" className="px-3 py-2">Expected</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((row) => (
                <tr key={row.line}>
                  <td className="px-3 py-2 align-top text-slate-500">{row.line}</td>
                  <td className="px-3 py-2 align-top wrap-anywhere whitespace-pre-wrap">
                    {row.name && <span className="block font-medium">{row.name}</span>}
                    {row.messages.join('\n')}
                  </td>
                  <td className="px-3 py-2 align-top">{row.expect.agentName ? `Hands off to ${row.expect.agentName}` : 'No handoff'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
