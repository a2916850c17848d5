'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import { returnToWorkspaceAction } from '@/app/account/actions';
import { Button } from '@/components/ui/button';
import type { ShellAccount } from './account-panel';

// The workspace each tab last rendered: a change here is another tab having switched.
const SHOWN_WORKSPACE = 'switchboard.workspace';

function remember(workspaceId: string) {
  try {
    localStorage.setItem(SHOWN_WORKSPACE, workspaceId);
  } catch {
    // Storage refused (private mode, quota): the guard then just stays silent.
  }
}

/**
 * The chosen workspace is one cookie for the whole browser, so switching in one tab silently moves every
 * other tab's next save there: a form filled in for workspace A would be saved into B. When another tab
 * switches, this says so at once and offers to show the new workspace or to go back to this page's.
 */
export function WorkspaceTabGuard({ account }: { account: ShellAccount }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const shown = account.workspaceId;
  // Which workspace another tab switched to, and for which of this tab's it was heard: rendered for
  // another workspace since (Show …), the old news no longer applies.
  const [heard, setHeard] = useState<{ for: string; switchedTo: string | null } | null>(null);
  const elsewhere = heard && heard.for === shown ? heard.switchedTo : null;

  useEffect(() => {
    if (!shown) return;
    remember(shown);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SHOWN_WORKSPACE || !event.newValue) return;
      setHeard({ for: shown, switchedTo: event.newValue === shown ? null : event.newValue });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [shown]);

  if (!shown || !elsewhere) return null;
  const nameOf = (id: string) => account.workspaces.find((workspace) => workspace.id === id)?.name ?? 'another workspace';
  return (
    <div role="alert" className="fixed inset-x-0 top-0 z-50 border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 shadow-md">
      <p>
        Another tab switched to <strong>{nameOf(elsewhere)}</strong>. This page shows <strong>{nameOf(shown)}</strong>, but what you
        save here would now go to {nameOf(elsewhere)}.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              if (!(await returnToWorkspaceAction(shown))) return router.refresh();
              // The other tabs now hear that this one's workspace is the chosen one again.
              remember(shown);
              setHeard(null);
            })
          }
        >
          Stay in {nameOf(shown)}
        </Button>
        <Button variant="secondary" size="sm" disabled={pending} onClick={() => router.refresh()}>
          Show {nameOf(elsewhere)}
        </Button>
      </div>
    </div>
  );
}
