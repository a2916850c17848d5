import { redirect } from 'next/navigation';
import { SimpleForm } from '@/components/auth/simple-form';
import { PageHeader } from '@/components/ui/page-header';
import { hasUsers } from '@/lib/auth/accounts';
import { PASSWORD_LIMITS } from '@/lib/auth/schema';
import { getEnv } from '@/lib/env';
import { getDb } from '@/lib/server/context';
import { setUpAction } from './actions';

export const metadata = { title: 'Set up Switchboard' };

/** Shown only while nobody has an account (INIT_USER_* skip it); afterwards it sends people to sign in. */
export default async function SetupPage() {
  if (await hasUsers(await getDb())) redirect('/sign-in');
  const demo = getEnv().SEED_DEMO === '1';
  return (
    <div className="mx-auto max-w-md">
      <PageHeader
        title="Set up Switchboard"
        description="Create the first account. It owns the first workspace and can invite the rest of the team."
      />
      <SimpleForm
        action={setUpAction}
        submitLabel="Create owner account"
        pendingLabel="Setting up…"
        fields={[
          { name: 'name', label: 'Your name', autoComplete: 'name' },
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email' },
          { name: 'password', label: 'Password', type: 'password', autoComplete: 'new-password', hint: `At least ${PASSWORD_LIMITS.min} characters.` },
          {
            name: 'workspaceName',
            label: 'Workspace name',
            defaultValue: demo ? 'Demo workspace' : 'My workspace',
            hint: demo ? 'It starts with the demo agents and handoffs.' : undefined,
          },
        ]}
      />
    </div>
  );
}
