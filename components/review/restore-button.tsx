'use client';

import { restoreFunctionAction } from '@/app/review/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';

interface RestoreButtonProps {
  functionId: string;
  eventId: string;
  version: number;
  /** The version saved now, so a change made meanwhile is refused; null when the function was deleted. */
  currentVersion: number | null;
}

/** "Restore version N": confirms, then saves that version again as a new one (recorded as a restore). */
export function RestoreButton({ functionId, eventId, version, currentVersion }: RestoreButtonProps) {
  return (
    <ConfirmButton
      title={`Restore version ${version}?`}
      description={
        currentVersion === null
          ? 'The function was deleted: restoring recreates it as it was in this version, if its agent and target still exist.'
          : `Its configuration replaces the saved one (version ${currentVersion}) as a new version. The change is recorded in the history.`
      }
      confirmLabel="Restore"
      pendingLabel="Restoring…"
      onConfirm={() => restoreFunctionAction(functionId, { eventId, version: currentVersion ?? undefined })}
      failureMessage="The version could not be restored."
    >
      Restore version {version}
    </ConfirmButton>
  );
}
