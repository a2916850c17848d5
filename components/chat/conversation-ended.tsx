import { Link } from '@/components/ui/link';
import { Button } from '@/components/ui/button';

/** Where the composer was, once the conversation has ended: nothing more can be sent to it. */
export function ConversationEnded({ onStartNew, pending }: { onStartNew: () => void; pending: boolean }) {
  return (
    <div className="space-y-2 border-t border-slate-200 px-4 py-3" data-testid="conversation-ended">
      <p role="status" className="text-sm text-slate-700">
        This conversation has ended.
      </p>
      <div className="flex items-center justify-between">
        <Link href="/test-chat/sessions" className="text-xs text-indigo-700 hover:underline">
          Session history
        </Link>
        <Button onClick={onStartNew} disabled={pending}>
          Start a new conversation
        </Button>
      </div>
    </div>
  );
}
