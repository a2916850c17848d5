import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Test Chat' };

export default function TestChatPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="Test Chat" />
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
        Coming next: talk to your agents here and watch the LLM trigger handoffs live, with why each one
        happened and the target agent carrying on with the whole conversation.
      </p>
    </div>
  );
}
