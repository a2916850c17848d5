import { useId } from 'react';
import type { HandoffEvent } from '@/lib/conversation/events';
import { cn } from '@/components/ui/cn';
import { contextPassedText, matchedText } from './handoff-text';

interface HandoffWhyPanelProps {
  /** The selected handoff card's event; null before the conversation's first handoff. */
  event: HandoffEvent | null;
  agentName: (id: string) => string;
}

/** The selected handoff's full why: the engine's summary and every offered tool's score, best first. */
export function HandoffWhyPanel({ event, agentName }: HandoffWhyPanelProps) {
  const headingId = useId();
  const scores = [...(event?.scores ?? [])].sort((a, b) => b.score - a.score);
  // Bars are relative to the best score: the simulated model's scores have no fixed top.
  const best = Math.max(...scores.map((score) => score.score), Number.EPSILON);
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={headingId} className="font-semibold">
        Why this handoff
      </h2>
      {!event ? (
        <p className="mt-2 text-sm text-slate-600">No handoff yet. Send a message that should be routed; its why appears here.</p>
      ) : (
        <div className="mt-2 space-y-3 text-sm">
          <p className="font-medium text-indigo-900">
            {agentName(event.fromAgentId)} → {agentName(event.toAgentId)} via{' '}
            <code className="break-all font-mono text-xs">{event.toolName}</code>
          </p>
          <p className="text-xs text-indigo-800">{event.reason}</p>
          <p className="text-slate-700">{event.summary}</p>
          <p className="text-xs text-slate-600">
            <span className="font-medium">Context passed:</span> {contextPassedText(event)}
          </p>
          {scores.length > 0 ? (
            <div>
              <h3 className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">Score of every offered tool</h3>
              <ol aria-label="Score of every offered tool, best first" className="space-y-2.5">
                {scores.map((score) => {
                  const chosen = score.toolName === event.toolName;
                  return (
                    <li key={score.toolName} className="text-xs">
                      <div className="flex items-baseline justify-between gap-2">
                        <code className={cn('min-w-0 break-all font-mono', chosen && 'font-semibold text-indigo-900')}>{score.toolName}</code>
                        <span className="shrink-0 tabular-nums text-slate-700">
                          {chosen && <span className="mr-1.5 rounded bg-indigo-100 px-1.5 py-0.5 font-sans font-medium text-indigo-900">called</span>}
                          <span className="sr-only">score </span>
                          {score.score.toFixed(2)}
                        </span>
                      </div>
                      <div aria-hidden className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-100">
                        <div
                          className={cn('h-full rounded-full', chosen ? 'bg-indigo-600' : 'bg-slate-400')}
                          style={{ width: `${Math.max(0, Math.min(1, score.score / best)) * 100}%` }}
                        />
                      </div>
                      <p className="mt-1 text-slate-600">
                        <span className="font-medium">Matched words:</span> {matchedText(score)}
                      </p>
                    </li>
                  );
                })}
              </ol>
            </div>
          ) : (
            <p className="text-xs text-slate-600">This engine gives no per-tool scores; its reason is the whole why.</p>
          )}
        </div>
      )}
    </section>
  );
}
