import type { ReactNode } from 'react';
import { ReviewTabs } from '@/components/review/review-tabs';
import { PageHeader } from '@/components/ui/page-header';

export default function ReviewLayout({ children }: { children: ReactNode }) {
  return (
    <div className="max-w-7xl">
      <PageHeader
        title="Review"
        description="Every configured function at a glance: where conversations can be routed, what reads vaguely, what changed and when."
      />
      <ReviewTabs />
      {children}
    </div>
  );
}
