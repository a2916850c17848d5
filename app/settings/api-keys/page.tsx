import { ApiKeyCreateForm } from '@/components/settings/api-key-create-form';
import { ApiKeyTable } from '@/components/settings/api-key-table';
import { EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { listApiKeys } from '@/lib/auth/api-keys';
import type { ServiceContext } from '@/lib/domain/context';
import { getAdminPageContext } from '@/lib/server/page-context';

export const metadata = { title: 'API keys' };

const DESCRIPTION = 'Keys for the JSON API of this workspace, sent as Authorization: Bearer <key>. Each acts with its role.';

/** The keys and when this list was read, which their times are told against. */
async function loadKeys(ctx: ServiceContext) {
  return { keys: await listApiKeys(ctx), asOf: Date.now() };
}

/** The caller's administer context, or null for a member whose role may not manage keys. */
export default async function ApiKeysPage() {
  // Signed out (or no workspace) goes to sign-in first; a reader who may not administer is told so.
  const ctx = await getAdminPageContext();
  if (!ctx) {
    return (
      <div className="max-w-3xl">
        <PageHeader title="API keys" description={DESCRIPTION} />
        <EmptyState>Only owners and admins can manage API keys.</EmptyState>
      </div>
    );
  }
  const { keys, asOf } = await loadKeys(ctx);
  return (
    <div className="max-w-5xl space-y-8">
      <PageHeader title="API keys" description={DESCRIPTION} />
      <section aria-labelledby="create-key-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="create-key-heading" className="mb-4 text-base font-semibold">
          Create an API key
        </h2>
        <ApiKeyCreateForm />
      </section>
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading" className="mb-3 text-lg font-semibold">
          Keys <span className="text-sm font-normal text-slate-500">· {keys.filter((key) => !key.revokedAt).length} active</span>
        </h2>
        {keys.length === 0 ? <EmptyState>No API keys yet. Create one above.</EmptyState> : <ApiKeyTable keys={keys} now={asOf} />}
      </section>
    </div>
  );
}
