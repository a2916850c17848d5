const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 minutes ago", with the exact time as its machine-readable value and tooltip. */
export function TimeAgo({ iso, now }: { iso: string; now: number }) {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const unit = UNITS.find(([, size]) => Math.abs(seconds) >= size);
  const text = unit ? relative.format(Math.round(seconds / unit[1]), unit[0]) : 'just now';
  const exact = new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return (
    <time dateTime={iso} title={`${exact} UTC`}>
      {text}
    </time>
  );
}
