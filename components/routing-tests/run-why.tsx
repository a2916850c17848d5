import type { RunWhy } from '@/lib/test-runs/run-why';

/** Why a case ended where it did: the reason given, each tool's score and matched words, the tool call. */
export function RunWhyDetails({ why }: { why: RunWhy }) {
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-700">
        <span className="font-medium">Why: </span>
        {why.reason ? `“${why.reason}” — ` : ''}
        {why.summary}
      </p>
      {why.note && <p className="text-amber-800">{why.note}</p>}
      {why.toolCall && (
        <p className="text-slate-700">
          <span className="font-medium">Tool call: </span>
          <code className="rounded bg-slate-100 px-1 py-0.5 text-xs wrap-anywhere">
            {why.toolCall.name}({JSON.stringify(why.toolCall.arguments)})
          </code>
        </p>
      )}
      {why.scores && why.scores.length > 0 && (
        <div className="relative overflow-x-auto">
          <table className="w-full text-left text-xs">
            <caption className="sr-only">Each tool’s score and the words it matched</caption>
            <thead className="text-slate-500">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Tool</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">Score</th>
                <th scope="col" className="py-1 font-medium">Matched words</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {why.scores.map((score) => (
                <tr key={score.toolName}>
                  <th scope="row" className="py-1 pr-3 font-mono font-normal wrap-anywhere">{score.toolName}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{score.score.toFixed(2)}</td>
                  <td className="py-1 text-slate-600">{score.matched.length > 0 ? score.matched.join(', ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
