import type { LoadResult } from './http-load';
import { median, quantile } from './stats';

/** One line of the API load table: a measured route, or a dialect that could not be measured. */
export type LoadRow =
  | {
      dialect: string;
      route: string;
      concurrency: number;
      result: LoadResult;
      /** Each round's req/s as a share of /api/health around it (not on the ceiling's own row). */
      shares?: number[];
      isCeiling: boolean;
    }
  | { dialect: string; note: string };

export const perSecond = (result: LoadResult) => result.requests / result.seconds;
const rate = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const latency = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(value >= 100 ? 0 : 1)} ms`);

function failures(result: LoadResult): string {
  if (result.failures.size === 0) return '0';
  const total = [...result.failures.values()].reduce((sum, n) => sum + n, 0);
  const byStatus = [...result.failures].map(([status, n]) => `${status || 'no answer'}×${n}`).join(' ');
  return `${total} (${byStatus})`;
}

const percent = (share: number) => (share * 100).toFixed(0);

/** "74 %" for one round; "74 % (69-83)" for several: their median, then the lowest and highest. */
export function formatShares(shares: readonly number[]): string {
  const spread = shares.length > 1 ? ` (${percent(Math.min(...shares))}-${percent(Math.max(...shares))})` : '';
  return `${percent(median(shares))} %${spread}`;
}

export const hasServerError = (result: LoadResult) => [...result.failures.keys()].some((status) => status >= 500 || status === 0);

/** The table as text lines, columns padded to fit; rows with a 5xx (or no answer) are marked `!!`. */
export function formatLoadTable(rows: readonly LoadRow[]): string[] {
  const header = ['dialect', 'route', 'conns', 'req/s', 'p50', 'p99', '% of ceiling', 'non-2xx'];
  const cells = rows.map((row) => {
    if ('note' in row) return [row.dialect, row.note];
    const { result } = row;
    const share = row.isCeiling ? 'ceiling' : row.shares?.length ? formatShares(row.shares) : '–';
    const mark = hasServerError(result) ? ' !!' : '';
    return [
      row.dialect,
      row.route,
      String(row.concurrency),
      rate(perSecond(result)),
      latency(quantile(result.latencies, 0.5)),
      latency(quantile(result.latencies, 0.99)),
      share,
      failures(result) + mark,
    ];
  });
  // A note (skipped, failed) spans the table, so it does not widen the route column.
  const widths = header.map((title, column) =>
    Math.max(title.length, ...cells.filter((line) => column === 0 || line.length === header.length).map((line) => (line[column] ?? '').length)),
  );
  const numeric = new Set([2, 3, 4, 5, 6]);
  const format = (line: string[]) =>
    line.length < header.length
      ? `  ${(line[0] ?? '').padEnd(widths[0] ?? 0)}  ${line.slice(1).join('  ')}`
      : `  ${line.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join('  ')}`.trimEnd();
  return [format(header), `  ${widths.map((width) => '-'.repeat(width)).join('  ')}`, ...cells.map(format)];
}
