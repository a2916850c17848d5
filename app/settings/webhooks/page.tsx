import { WebhookSecretPanel } from '@/components/settings/webhook-secret-panel';
import { EmptyState } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { getAdminPageContext } from '@/lib/server/page-context';
import { SIGNATURE_HEADER } from '@/lib/webhooks/send-webhook';
import { webhookSecretSummary } from '@/lib/webhooks/signing-secret';
import { formatUtc } from '@/lib/domain/utc-time';

export const metadata = { title: 'Webhooks' };

const DESCRIPTION = 'Custom Function webhooks are signed with this workspace’s secret, so a receiver can tell a call came from Switchboard.';


/** The caller's administer context, or null for a member whose role may not see the secret. */
const NODE_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

// rawBody: the request body exactly as received (a Buffer or string), before any JSON parsing.
function fromSwitchboard(rawBody, signatureHeader, secret) {
  const expected = 'sha256=' + createHmac('sha256', secret).update(rawBody).digest('hex');
  const given = String(signatureHeader ?? '');
  return given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}`;

export default async function WebhooksSettingsPage() {
  // Signed out (or no workspace) goes to sign-in first; a reader who may not administer is told so.
  const ctx = await getAdminPageContext();
  if (!ctx) {
    return (
      <div className="max-w-3xl">
        <PageHeader title="Webhooks" description={DESCRIPTION} />
        <EmptyState>Only owners and admins can see and rotate the webhook signing secret.</EmptyState>
      </div>
    );
  }
  const summary = await webhookSecretSummary(ctx);
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeader title="Webhooks" description={DESCRIPTION} />
      <section aria-labelledby="secret-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="secret-heading" className="mb-1 text-base font-semibold">
          Signing secret
        </h2>
        <p className="mb-4 text-sm text-slate-600">
          One secret for every Custom Function of this workspace, in every phase and for Test call. In use since {formatUtc(summary.createdAt)} UTC.
        </p>
        <WebhookSecretPanel masked={summary.masked} />
      </section>
      <section aria-labelledby="verify-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="verify-heading" className="mb-3 text-base font-semibold">
          Verifying a call
        </h2>
        <ol className="list-decimal space-y-2 pl-5 text-sm text-slate-700">
          <li>
            Every call is a <code className="font-mono">POST</code> with a JSON body and the header{' '}
            <code className="font-mono">{SIGNATURE_HEADER}: sha256=&lt;hex&gt;</code>.
          </li>
          <li>
            <code className="font-mono">&lt;hex&gt;</code> is the HMAC-SHA256 of the raw request body, keyed with the whole secret above (
            <code className="font-mono">whsec_</code> included), as 64 lowercase hex digits.
          </li>
          <li>Compute it over the body bytes exactly as they arrived, before parsing the JSON, and compare in constant time. Refuse the call when they differ.</li>
          <li>
            The body carries a <code className="font-mono">timestamp</code> (ISO 8601): refusing old ones keeps a recorded call from being replayed.
          </li>
        </ol>
        <pre aria-label="Verification in Node.js" tabIndex={0} className="mt-4 overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs text-slate-100 dark:border dark:border-slate-200 dark:bg-slate-50 dark:text-slate-800">
          {NODE_EXAMPLE}
        </pre>
      </section>
    </div>
  );
}
