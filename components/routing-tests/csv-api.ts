import type { CsvPreview } from '@/lib/routing-tests/csv-cases';

/** A refusal as the API words it; field errors (the CSV's bad lines) flattened. */
export class CsvRequestFailed extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
  }
}

async function post<T>(agentId: string, body: object, dryRun: boolean): Promise<T> {
  const response = await fetch(`/api/v1/agents/${agentId}/tests/csv${dryRun ? '?dryRun=1' : ''}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => null)) as (T & { error?: { message?: string; fieldErrors?: Record<string, string[]> } }) | null;
  if (!response.ok || !answer) {
    const details = Object.values(answer?.error?.fieldErrors ?? {}).flat();
    throw new CsvRequestFailed(answer?.error?.message ?? `The server answered ${response.status}. Nothing was imported.`, details);
  }
  return answer;
}

/** What importing `csv` would do: the good rows and each bad one by line. Nothing is written. */
export function previewCsv(agentId: string, csv: string): Promise<CsvPreview> {
  return post(agentId, { csv }, true);
}

/** Imports the good rows the preview showed; the bad ones are skipped, as the preview said. */
export function importCsv(agentId: string, csv: string): Promise<{ created: number }> {
  return post(agentId, { csv, skipBadRows: true }, false);
}
