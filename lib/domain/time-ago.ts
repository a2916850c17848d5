const UNITS: Array<[label: string, seconds: number]> = [
  ['day', 24 * 3600],
  ['h', 3600],
  ['min', 60],
];

/**
 * "3 min ago", "2 h ago", "5 days ago": a short age for text that is read as a sentence (a finding's
 * message), where the review's <TimeAgo> element cannot go. Relative to `now`, the moment the page was read.
 */
export function timeAgo(at: Date, now: number): string {
  const seconds = Math.max(0, Math.round((now - at.getTime()) / 1000));
  for (const [label, size] of UNITS) {
    if (seconds < size) continue;
    const n = Math.floor(seconds / size);
    return label === 'day' ? `${n} ${n === 1 ? 'day' : 'days'} ago` : `${n} ${label} ago`;
  }
  return 'just now';
}
