import type { ReactNode } from 'react';
import type { HandoffEvent } from '@/lib/conversation/events';
import { cn } from '@/components/ui/cn';
import { contextPassedText, matchedText } from './handoff-text';

interface HandoffCardProps {
  event: HandoffEvent;
  agentName: (id: string) => string;
  /** Beside a Why panel (Test Chat on a wide screen) the card selects the handoff instead of opening. */
  selection?: { selected: boolean; onSelect: () => void };
}

/** "General Support → Billing via transfer_to_billing", opening to the why and the context passed. */
export function HandoffCard({ event, agentName, selection }: HandoffCardProps) {
  const title: ReactNode = (
    <>
      <span className="font-medium text-indigo-900">
        {agentName(event.fromAgentId)} → {agentName(event.toAgentId)} via <code className="font-mono text-xs">{event.toolName}</code>
      </span>
      <span className="block text-xs text-indigo-800">{event.reason}</span>
    </>
  );
  if (selection) {
    return (
      <button
        type="button"
        aria-pressed={selection.selected}
        onClick={selection.onSelect}
        data-event="handoff"
        className={cn(
          'block w-full rounded-lg border px-3 py-2 text-left text-sm',
          selection.selected ? 'border-indigo-600 bg-indigo-100 ring-1 ring-indigo-600' : 'border-indigo-200 bg-indigo-50/70 hover:bg-indigo-100',
        )}
      >
        {title}
        {/* The pressed state already tells assistive technology; this is the sighted reader's cue. */}
        <span aria-hidden className="mt-1 block text-xs font-medium text-indigo-700">
          {selection.selected ? 'Why shown beside →' : 'Show why'}
        </span>
      </button>
    );
  }
  return (
    <details className="group rounded-lg border border-indigo-200 bg-indigo-50/70 text-sm" data-event="handoff">
      <summary className="cursor-pointer list-none px-3 py-2">{title}</summary>
      <div className="space-y-3 border-t border-indigo-200 px-3 py-3 text-xs text-slate-700">
        <p>{event.summary}</p>
        <p>
          <span className="font-medium">Context passed:</span> {contextPassedText(event)}
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
                  <td className="break-all py-1 pr-2 font-mono">{score.toolName}</td>
                  <td className="py-1 pr-2 text-right tabular-nums">{score.score.toFixed(2)}</td>
                  <td className="py-1">{matchedText(score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </details>
  );
}
