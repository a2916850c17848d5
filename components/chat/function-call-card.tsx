import type { FunctionCallEvent } from '@/lib/conversation/events';
import { PHASE_LABELS } from '@/lib/domain/constants';
import { cn } from '@/components/ui/cn';

const DURATION = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "Called check_order · 200 · 120 ms", opening to what was sent and what came back (or what went wrong). */
export function FunctionCallCard({ event, agentName }: { event: FunctionCallEvent; agentName: (id: string) => string }) {
  const failed = event.error !== undefined;
  const outcome = event.status === null ? 'no answer' : String(event.status);
  return (
    <details
      data-event="function_call"
      className={cn('rounded-lg border text-sm', failed ? 'border-rose-200 bg-rose-50/70' : 'border-emerald-200 bg-emerald-50/70')}
    >
      <summary className="cursor-pointer list-none px-3 py-2">
        <span className={cn('font-medium', failed ? 'text-rose-900' : 'text-emerald-900')}>
          Called <code className="font-mono text-xs">{event.name}</code> · {outcome} · {DURATION.format(event.durationMs)} ms
        </span>
        <span className="block text-xs text-slate-600">
          {PHASE_LABELS[event.phase]} · {agentName(event.agentId)}
          {event.mode === 'background' && ' · in the background'}
          {failed && ` · ${event.error}`}
        </span>
      </summary>
      <div className="space-y-2 border-t border-slate-200 px-3 py-3 text-xs text-slate-700">
        <p>
          <span className="font-medium">Request:</span> POST <span className="break-all font-mono">{event.request.url}</span>
        </p>
        <Json label="Sent" value={event.request.body} />
        {event.result !== undefined && <Json label="Response" value={event.result} />}
        {failed && (
          <p>
            <span className="font-medium">Error:</span> {event.error}
          </p>
        )}
      </div>
    </details>
  );
}

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <p className="font-medium">{label}</p>
      <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-white/80 p-2 font-mono">
        {typeof value === 'string' ? value : JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}
