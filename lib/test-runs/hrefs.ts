/** A run's result page. */
export function runHref(runId: string): string {
  return `/routing-tests/runs/${runId}`;
}
