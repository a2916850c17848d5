import { CONTEXT_MAX_MESSAGES } from '@/lib/conversation/context-window';
import type { HandoffEvent } from '@/lib/conversation/events';

interface HandoffCardProps {
  event: HandoffEvent;
  agentName: (id: string) => string;
}

/** "General Support → Billing via transfer_to_billing", opening to the why and the context passed. */
export function HandoffCard({ event, agentName }: HandoffCardProps) {
  const from = agentName(event.fromAgentId);
  const to = agentName(event.toAgentId);
  const passed =
    event.context.mode === 'full'
      ? event.context.messagesPassed >= CONTEXT_MAX_MESSAGES
        ? `Full conversation, its newest ${event.context.messagesPassed} messages (the most an LLM is shown)`
        : `Full conversation (${event.context.messagesPassed} messages)`
      : `Last ${event.context.lastN} messages (${event.context.messagesPassed} passed)`;
  return (
    <details className="group rounded-lg border border-indigo-200 bg-indigo-50/70 text-sm" data-event="handoff">
      <summary className="cursor-pointer list-none px-3 py-2">
        <span className="font-medium text-indigo-900">
          {from} → {to} via <code className="font-mono text-xs">{event.toolName}</code>
        </span>
        <span className="block text-xs text-indigo-800">{event.reason}</span>
      </summary>
      <div className="space-y-3 border-t border-indigo-200 px-3 py-3 text-xs text-slate-700">
        <p>{event.summary}</p>
        <p>
          <span className="font-medium">Context passed:</span> {passed}
        </p>
        {event.scores && event.scores.length > 0 && (
          <table className="w-full text-left">
            <caption className="mb-1 text-left font-medium">Why: score of every offered tool</caption>
            <thead>
              <tr className="text-slate-500">
                <th scope="col" className="py-1 pr-2 font-normal">Tool</th>
                <th scope="col" className="py-1 pr-2 text-right font-normal">Score</th>
                <th scope="col" className="py-1 font-normal">Matched words</th>
              </tr>
            </thead>
            <tbody>
              {event.scores.map((score) => (
                <tr key={score.toolName} className={score.toolName === event.toolName ? 'font-medium text-indigo-900' : ''}>
                  <td className="py-1 pr-2 font-mono">{score.toolName}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{score.score.toFixed(2)}</td>
                  <td className="py-1">{score.matched.length > 0 ? score.matched.join(', ') : score.score > 0 ? 'meaning only, no shared words' : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}
