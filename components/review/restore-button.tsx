'use client';

import { useState, useTransition } from 'react';
import { restoreFunctionAction } from '@/app/review/actions';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';

interface RestoreButtonProps {
  functionId: string;
  eventId: string;
  version: number;
  /** The version saved now, so a change made meanwhile is refused; null when the function was deleted. */
  currentVersion: number | null;
}

/** "Restore version N": confirms, then saves that version again as a new one (recorded as a restore). */
export function RestoreButton({ functionId, eventId, version, currentVersion }: RestoreButtonProps) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const deleted = currentVersion === null;
  return (
    <>
      <Button variant="secondary" onClick={() => { setProblem(null); setOpen(true); }}>
        Restore version {version}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Restore version ${version}?`}
        description={
          deleted
            ? 'The function was deleted: restoring recreates it as it was in this version, if its agent and target still exist.'
            : `Its configuration replaces the saved one (version ${currentVersion}) as a new version. The change is recorded in the history.`
        }
      >
        {problem && <FormAlert>{problem}</FormAlert>}
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const state = await restoreFunctionAction(functionId, { eventId, version: currentVersion ?? undefined });
                if (state.status === 'error') setProblem(state.message ?? 'The version could not be restored.');
                else setOpen(false);
              })
            }
          >
            {pending ? 'Restoring…' : 'Restore'}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
