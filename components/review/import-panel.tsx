'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import type { FieldErrors } from '@/lib/domain/errors';
import type { ImportPlan } from '@/lib/workspace-transfer/plan';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useAsyncTask } from '@/components/ui/use-async-task';
import { ImportPlanView } from './import-plan';

interface ImportRefusal {
  message: string;
  fieldErrors?: FieldErrors;
}

class ImportFailed extends Error {
  constructor(readonly refusal: ImportRefusal) {
    super(refusal.message);
  }
}

/** The import's size limit (lib/workspace-transfer/limits.ts), from the server: computing it here would ship zod. */
export interface ImportLimit {
  maxBytes: number;
  /** "298 MB" */
  label: string;
}

/** Sends the file to the import API (a preview with dryRun); a refusal comes back with field paths. */
async function postImport(file: File, dryRun: boolean, limit: ImportLimit): Promise<ImportPlan> {
  if (file.size > limit.maxBytes) throw new ImportFailed({ message: `The file is larger than ${limit.label}. Nothing was imported.` });
  const response = await fetch(`/api/v1/workspace/import${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await file.text(),
  });
  const body = (await response.json().catch(() => null)) as { plan?: ImportPlan; error?: ImportRefusal } | null;
  if (!response.ok || !body?.plan) throw new ImportFailed(body?.error ?? { message: `The import failed (HTTP ${response.status}).` });
  return body.plan;
}

/**
 * Upload a workspace file, see what it would create, change and leave alone, then apply it. Goes
 * through the JSON API rather than a server action: a full workspace's file is far past a server action's limit.
 */
export function ImportPanel({ limit }: { limit: ImportLimit }) {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const preview = useAsyncTask((chosen: File) => postImport(chosen, true, limit));
  const apply = useAsyncTask(async (chosen: File) => {
    const plan = await postImport(chosen, false, limit);
    router.refresh();
    return plan;
  });
  const failure = apply.error ?? preview.error;
  const refusal = failure instanceof ImportFailed ? failure.refusal : failure ? { message: 'The import failed. Nothing was changed.' } : null;

  return (
    <div className="space-y-3">
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
          Workspace file (JSON)
        </label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            preview.reset();
            apply.reset();
          }}
          className="block text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium"
        />
        <p id={`${inputId}-hint`} className="text-xs text-slate-500">
          A file exported from Switchboard, up to {limit.label}. You see what would change before anything is written.
        </p>
      </div>
      <div className="flex gap-2">
        <Button variant="secondary" disabled={!file || preview.isPending} onClick={() => file && preview.run(file)}>
          {preview.isPending ? 'Checking…' : 'Preview import'}
        </Button>
        {preview.data && !apply.data && (
          <Button disabled={!file || apply.isPending} onClick={() => file && apply.run(file)}>
            {apply.isPending ? 'Importing…' : 'Apply import'}
          </Button>
        )}
      </div>
      {refusal && (
        <FormAlert>
          <p>{refusal.message}</p>
          {refusal.fieldErrors && Object.keys(refusal.fieldErrors).length > 0 && (
            <ul aria-label="Problems in the file" className="mt-1 list-disc pl-5">
              {Object.entries(refusal.fieldErrors).map(([path, messages]) => (
                <li key={path}>
                  <code className="font-mono text-xs">{path}</code>: {messages.join(' ')}
                </li>
              ))}
            </ul>
          )}
        </FormAlert>
      )}
      {apply.data ? (
        <>
          <FormAlert tone="success">Import applied.</FormAlert>
          <ImportPlanView plan={apply.data} applied />
        </>
      ) : (
        preview.data && !apply.error && <ImportPlanView plan={preview.data} applied={false} />
      )}
    </div>
  );
}
