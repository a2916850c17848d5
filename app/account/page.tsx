import { redirect } from 'next/navigation';
import { SimpleForm } from '@/components/auth/simple-form';
import { PageHeader } from '@/components/ui/page-header';
import { PASSWORD_LIMITS } from '@/lib/auth/schema';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { getViewer } from '@/lib/server/context';
import { changePasswordAction } from './actions';

export const metadata = { title: 'Account' };

export default async function AccountPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  return (
    <div className="space-y-8">
      <PageHeader title="Account" description={`Signed in as ${viewer.user.email}.`} />
      <section aria-labelledby="workspaces-heading" className="max-w-md">
        <h2 id="workspaces-heading" className="mb-2 text-lg font-semibold">
          Your workspaces
        </h2>
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 text-sm">
          {viewer.workspaces.map((workspace) => (
            <li key={workspace.id} className="flex justify-between px-3 py-2">
              <span>{workspace.name}</span>
              <span className="text-slate-500">{ROLE_LABELS[workspace.role]}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-semibold">
          Change password
        </h2>
        <SimpleForm
          action={changePasswordAction}
          submitLabel="Change password"
          pendingLabel="Changing…"
          fields={[
            { name: 'currentPassword', label: 'Current password', type: 'password', autoComplete: 'current-password' },
            { name: 'newPassword', label: 'New password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_LIMITS.min} characters.` },
            { name: 'confirmPassword', label: 'Repeat new password', type: 'password', autoComplete: 'new-password' },
          ]}
        />
      </section>
    </div>
  );
}
