'use client';

import { Link } from '@/components/ui/link';
import { signOutAction, switchWorkspaceAction } from '@/app/account/actions';
import { Button } from '@/components/ui/button';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';

export interface ShellAccount {
  email: string;
  role: Role | null;
  canAdminister: boolean;
  workspaceId: string | null;
  workspaces: Array<{ id: string; name: string }>;
}

const LINK = 'block rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900';

/** Who is signed in, the workspace switcher, workspace settings and sign-out, under the main navigation. */
export function AccountPanel({ account, onNavigate }: { account: ShellAccount; onNavigate?: () => void }) {
  return (
    <section aria-label="Account" className="mt-4 space-y-3 border-t border-slate-200 px-3 pt-4">
      {account.workspaces.length > 0 && (
        <form action={switchWorkspaceAction} className="space-y-1.5 px-3">
          <label htmlFor="workspace-switcher" className="block text-xs font-medium uppercase tracking-wide text-slate-500">
            Workspace
          </label>
          {/* The select has the sidebar's whole width: beside the button it cut "Default workspace" short. */}
          <div className="flex flex-wrap items-center gap-2">
            <select
              // Remounted when the workspace changes: an uncontrolled select keeps its first defaultValue.
              key={account.workspaceId}
              id="workspace-switcher"
              name="workspaceId"
              defaultValue={account.workspaceId ?? undefined}
              // Choosing is switching; the button stays for keyboards and for pages without JavaScript.
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
              className="w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            >
              {account.workspaces.map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  {workspace.name}
                </option>
              ))}
            </select>
            <Button type="submit" variant="secondary" size="xs">
              Switch
            </Button>
          </div>
          {account.role && <p className="text-xs text-slate-500">Your role: {ROLE_LABELS[account.role]}</p>}
        </form>
      )}
      <ul className="space-y-0.5" aria-label="Workspace settings">
        <li>
          <Link href="/workspaces/new" className={LINK} onClick={onNavigate}>
            New workspace
          </Link>
        </li>
        {account.canAdminister && (
          <>
            <li>
              <Link href="/settings/members" className={LINK} onClick={onNavigate}>
                Members
              </Link>
            </li>
            <li>
              <Link href="/settings/api-keys" className={LINK} onClick={onNavigate}>
                API keys
              </Link>
            </li>
            <li>
              <Link href="/settings/webhooks" className={LINK} onClick={onNavigate}>
                Webhooks
              </Link>
            </li>
          </>
        )}
        <li>
          <Link href="/account" className={LINK} onClick={onNavigate}>
            Account
          </Link>
        </li>
      </ul>
      <form action={signOutAction} className="px-3">
        <p className="truncate text-xs text-slate-500" title={account.email}>
          {account.email}
        </p>
        <Button type="submit" variant="ghost" className="-ml-3 mt-1">
          Sign out
        </Button>
      </form>
    </section>
  );
}
