import { Link } from '@/components/ui/link';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Integrations' };

export default function IntegrationsPage() {
  return (
    <div className="max-w-4xl">
      <PageHeader title="Integrations" description="Connect your agents to what they can do." />
      <Link
        href="/integrations/agentic-functions"
        className="block max-w-md rounded-lg border border-slate-200 bg-white p-5 shadow-sm hover:border-indigo-300"
      >
        <h2 className="font-semibold">Agentic Functions</h2>
        <p className="mt-1 text-sm text-slate-600">
          Functions your agents run before, during and after a session — such as Agent Handoff.
        </p>
      </Link>
    </div>
  );
}
