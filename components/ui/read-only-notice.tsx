import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';

/** Where someone who may only read reaches a page for changing things: says so, with a way back. */
export function ReadOnlyNotice({ children, back }: { children: ReactNode; back?: { href: string; label: string } }) {
  return (
    <div role="note" className="max-w-2xl rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">
      <p>{children}</p>
      {back && (
        <Link href={back.href} className="mt-2 inline-block font-medium text-indigo-700 hover:underline">
          {back.label}
        </Link>
      )}
    </div>
  );
}
