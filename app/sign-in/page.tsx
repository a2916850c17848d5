import { redirect } from 'next/navigation';
import { SimpleForm } from '@/components/auth/simple-form';
import { PageHeader } from '@/components/ui/page-header';
import { hasUsers } from '@/lib/auth/accounts';
import { getDb, getViewer } from '@/lib/server/context';
import { signInAction } from './actions';

export const metadata = { title: 'Sign in' };

export default async function SignInPage() {
  if (!(await hasUsers(await getDb()))) redirect('/setup');
  if (await getViewer()) redirect('/');
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title="Sign in" description="Sign in to configure and test your workspace's agent handoffs." />
      <SimpleForm
        action={signInAction}
        submitLabel="Sign in"
        pendingLabel="Signing in…"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'current-password' },
        ]}
      />
    </div>
  );
}
