import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Not found' };

export default function NotFound() {
  return (
    <div className="max-w-xl">
      <PageHeader title="Not found" description="There is nothing here: it may have been deleted, or the link is mistyped." />
      <div className="flex gap-2">
        <ButtonLink href="/integrations/agentic-functions">Agentic Functions</ButtonLink>
        <ButtonLink href="/agents" variant="secondary">
          Agents
        </ButtonLink>
      </div>
    </div>
  );
}
