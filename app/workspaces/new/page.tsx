import { redirect } from 'next/navigation';
import { SimpleForm } from '@/components/auth/simple-form';
import { PageHeader } from '@/components/ui/page-header';
import { getViewer } from '@/lib/server/context';
import { createWorkspaceAction } from '@/app/account/actions';

export const metadata = { title: 'New workspace' };

export default async function NewWorkspacePage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in');
  return (
    <div>
      <PageHeader
        title="New workspace"
        description={
          viewer.workspace
            ? 'A workspace has its own agents, functions, conversations and members.'
            : 'You are not a member of any workspace yet. Start one, or open an invitation link from an admin.'
        }
      />
      <SimpleForm action={createWorkspaceAction} submitLabel="Create workspace" fields={[{ name: 'name', label: 'Workspace name' }]} />
    </div>
  );
}
