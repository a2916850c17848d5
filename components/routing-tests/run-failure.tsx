import { Link } from '@/components/ui/link';
import { runHref } from '@/lib/test-runs/hrefs';
import { formatUtc } from '@/lib/domain/utc-time';
import type { ExampleTarget } from '@/lib/test-runs/example-targets';
import type { TestRunResultView } from '@/lib/test-runs/view';
import { RunAddExampleButton } from './run-add-example-button';
import { RunWhyDetails } from './run-why';

interface RunFailureProps {
  result: TestRunResultView;
  runId: string;
  nameOf: (id: string) => string;
  /** The start agent's handoff to the expected agent, when it has one: its examples can take this message. */
  exampleFor: ExampleTarget | null;
}

/** One failing case: what was sent, what was expected, what happened instead, and why. */
export function RunFailure({ result, runId, nameOf, exampleFor }: RunFailureProps) {
  const expected = result.expect.handoffTo ? `hand off to ${nameOf(result.expect.handoffTo)}` : `no handoff (stay with ${nameOf(result.agentId)})`;
  const happened = result.reached ? `Handed to ${nameOf(result.reached)}` : `Stayed with ${nameOf(result.agentId)}`;
  const lastMessage = result.messages.at(-1) ?? '';
  const title = result.name ?? `“${lastMessage}”`;
  return (
    <li aria-label={`Failed: ${title}`} className="space-y-2 rounded-lg border border-rose-200 bg-white p-4 text-sm shadow-sm">
      <p className="font-medium text-slate-900 wrap-anywhere">
        {title} <span className="font-normal text-slate-500">· starts with {nameOf(result.agentId)}</span>
      </p>
      <ol aria-label="Customer messages" className="ml-4 list-decimal text-slate-700">
        {result.messages.map((message, index) => (
          <li key={index} className="wrap-anywhere">
            {message}
          </li>
        ))}
      </ol>
      <p>
        <span className="text-slate-600">Expected: </span>
        {expected}
      </p>
      <p className="font-medium text-rose-800">{happened}</p>
      {result.why && <RunWhyDetails why={result.why} />}
      {result.failingSince && result.failingSince.runId !== runId && (
        <p className="text-xs text-slate-500">
          Failing since{' '}
          <Link href={runHref(result.failingSince.runId)} className="text-indigo-700 hover:underline">
            the run of {formatUtc(result.failingSince.createdAt)} UTC
          </Link>
        </p>
      )}
      {result.failingSince?.runId === runId && <p className="text-xs text-slate-500">Started failing in this run.</p>}
      {exampleFor && result.expect.handoffTo && lastMessage && (
        exampleFor.alreadyExample ? (
          <p className="text-slate-600">This message is an example of the handoff to {nameOf(result.expect.handoffTo)}: run the tests again to see it count.</p>
        ) : (
          <RunAddExampleButton functionId={exampleFor.functionId} message={lastMessage} targetName={nameOf(result.expect.handoffTo)} />
        )
      )}
    </li>
  );
}
