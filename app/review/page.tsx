import { PageHeader } from '@/components/ui/page-header';

export const metadata = { title: 'Review' };

export default function ReviewPage() {
  return (
    <div className="max-w-3xl">
      <PageHeader title="Review" />
      <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-slate-600">
        Coming later: every configured function across the workspace at a glance — what routes where, what is
        vague, what conflicts, and who changed what.
      </p>
    </div>
  );
}
