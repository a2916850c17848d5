'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_SIZE_LABEL } from '@/lib/routing-tests/limits';
import { Button } from '@/components/ui/button';
import { DialogBody, DialogFooter } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { useAsyncTask } from '@/components/ui/use-async-task';
import { CsvRequestFailed, importCsv, previewCsv } from './csv-api';
import { CsvPreviewTable } from './csv-preview-table';

const EXAMPLE = 'message,expected\nI was charged twice,Billing\nWhat are your opening hours?,';

/**
 * The Import CSV dialog's content: choose a file or paste its text, see which rows become tests and which
 * lines are bad, then import the good rows in one go. Closing the dialog unmounts it, which clears it.
 */
export function CsvImportForm({ agentId, onClose }: { agentId: string; onClose: () => void }) {
  const router = useRouter();
  const ids = { file: useId(), text: useId() };
  const [text, setText] = useState('');
  const [tooLarge, setTooLarge] = useState(false);
  const preview = useAsyncTask((csv: string) => previewCsv(agentId, csv));
  const commit = useAsyncTask(async (csv: string) => {
    const imported = await importCsv(agentId, csv);
    router.refresh();
    return imported;
  });
  const failure = commit.error ?? preview.error;
  const changeText = (value: string) => {
    setText(value);
    preview.reset();
    commit.reset();
  };
  const good = preview.data?.rows.length ?? 0;
  const bad = preview.data?.errors.length ?? 0;

  return (
    <>
      <DialogBody className="space-y-4">
        <div className="space-y-1.5">
          <label htmlFor={ids.file} className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-describedby={`${ids.file}-hint`}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              setTooLarge(Boolean(file && file.size > CSV_IMPORT_MAX_BYTES));
              changeText(file && file.size <= CSV_IMPORT_MAX_BYTES ? await file.text() : '');
            }}
            className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
          />
          <p id={`${ids.file}-hint`} className="text-xs text-slate-500">
            A header line <code>message,expected</code>, then one test per line; expected is an agent&apos;s name or slug, or empty for no handoff. Up to {CSV_IMPORT_SIZE_LABEL}.
          </p>
        </div>
        <div className="space-y-1.5">
          <label htmlFor={ids.text} className="block text-sm font-medium text-slate-800">
            Or paste the CSV
          </label>
          <textarea
            id={ids.text}
            rows={5}
            value={text}
            onChange={(event) => changeText(event.target.value)}
            placeholder={EXAMPLE}
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs shadow-sm focus:border-indigo-500"
          />
        </div>
        {tooLarge && <FormAlert>The file is larger than {CSV_IMPORT_SIZE_LABEL}. Split it and import the parts one by one.</FormAlert>}
        {failure && (
          <FormAlert>
            <p>{failure.message}</p>
            {failure instanceof CsvRequestFailed && failure.details.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {failure.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
          </FormAlert>
        )}
        {commit.data ? (
          <FormAlert tone="success">
            Imported {commit.data.created} {commit.data.created === 1 ? 'test' : 'tests'}
            {bad > 0 && `; skipped ${bad} bad ${bad === 1 ? 'row' : 'rows'}`}.
          </FormAlert>
        ) : (
          preview.data && <CsvPreviewTable preview={preview.data} />
        )}
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {commit.data ? 'Done' : 'Cancel'}
        </Button>
        {!commit.data && (
          <Button variant="secondary" disabled={text.trim() === '' || preview.isPending} onClick={() => preview.run(text)}>
            {preview.isPending ? 'Checking…' : 'Preview'}
          </Button>
        )}
        {preview.data && !commit.data && (
          <Button disabled={good === 0 || commit.isPending} onClick={() => commit.run(text)}>
            {commit.isPending ? 'Importing…' : `Import ${good} ${good === 1 ? 'test' : 'tests'}`}
          </Button>
        )}
      </DialogFooter>
    </>
  );
}
