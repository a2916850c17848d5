'use client';

import { useState, useTransition } from 'react';
import { createPortal } from 'react-dom';
import { draftTestFromSessionAction } from '@/app/routing-tests/actions';
import type { SessionTestDraft } from '@/lib/routing-tests/session-draft';
import { useCan } from '@/components/auth/role-context';
import { RoutingTestDialog } from './routing-test-dialog';

interface SaveAsTestButtonProps {
  sessionId: string;
  /** The customer message's place in the transcript. */
  seq: number;
  /** Its text, so each button has a name of its own. */
  message: string;
}

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/**
 * "Save as test" on a customer message: the routing test dialog, filled from the conversation up to
 * that message (the server reads the whole transcript, so a long session's earlier pages count too).
 */
export function SaveAsTestButton({ sessionId, seq, message }: SaveAsTestButtonProps) {
  const [draft, setDraft] = useState<SessionTestDraft | null>(null);
  // Kept mounted once drafted and closed through `open`, so the native dialog hands focus back to the button.
  const [dialogOpen, setDialogOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  // Saving a test is a change: a viewer chats and reads transcripts without it.
  const canEdit = useCan('edit');
  const open = () =>
    startTransition(async () => {
      const result = await draftTestFromSessionAction(sessionId, seq);
      setProblem('error' in result ? result.error : null);
      if ('draft' in result) {
        setDraft(result.draft);
        setSaved(false);
        setDialogOpen(true);
      }
    });
  if (!canEdit) return null;
  return (
    <span className="mt-1 flex flex-wrap items-center justify-end gap-2 text-xs">
      <button
        type="button"
        onClick={open}
        disabled={pending}
        aria-label={`Save as test: “${excerpt(message)}”`}
        className="rounded px-1 font-medium underline underline-offset-2 opacity-90 hover:opacity-100 disabled:opacity-60"
      >
        {pending ? 'Opening…' : 'Save as test'}
      </button>
      <span role="status" className="empty:hidden">
        {problem ?? (saved ? 'Saved as a test' : '')}
      </span>
      {/* Outside the transcript's live region, which would otherwise read the whole form out. */}
      {draft &&
        createPortal(
          <RoutingTestDialog
            open={dialogOpen}
            onClose={() => setDialogOpen(false)}
            title="Save as test"
            startAgent={draft.startAgent}
            agents={draft.agents}
            draft={draft}
            note={draft.note}
            onSaved={() => setSaved(true)}
          />,
          document.body,
        )}
    </span>
  );
}
