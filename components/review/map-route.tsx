import type { FocusEventHandler } from 'react';
import type { DrawnEdge } from '@/lib/review/layout';
import { describeRoute } from '@/lib/review/route-sentence';
import { cn } from '@/components/ui/cn';

interface MapRouteProps {
  edge: DrawnEdge;
  /** Ids of the arrow markers, enabled and disabled. */
  markers: { enabled: string; disabled: string };
  /** Stands out: its agent is in focus, or it is itself. */
  highlighted: boolean;
  /** Fades: something else is in focus. */
  dimmed: boolean;
  /** The pointer or keyboard is on this route itself. */
  current: boolean;
  onEnter: () => void;
  onLeave: () => void;
  onFocus: FocusEventHandler<Element>;
  onBlur: () => void;
}

/** One handoff as an arrow with its tool name halfway along on a background; a link to the function. */
export function MapRoute({ edge, markers, highlighted, dimmed, current, onEnter, onLeave, onFocus, onBlur }: MapRouteProps) {
  const sentence = describeRoute(edge);
  const { label } = edge;
  return (
    <a
      href={edge.href}
      aria-label={sentence}
      data-route={`${edge.fromName} → ${edge.toName}`}
      data-from={edge.from}
      data-to={edge.to}
      data-highlighted={highlighted || undefined}
      data-dimmed={dimmed || undefined}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      onFocus={onFocus}
      onBlur={onBlur}
      className={cn('map-route', dimmed && 'opacity-20')}
    >
      {/* A wide transparent stroke makes the thin arrow easy to hover and click. */}
      <path d={edge.path} fill="none" stroke="transparent" strokeWidth={12} />
      <path
        data-route-line=""
        d={edge.path}
        fill="none"
        strokeWidth={highlighted ? 3 : 1.5}
        strokeDasharray={edge.enabled ? undefined : '6 4'}
        markerEnd={`url(#${edge.enabled ? markers.enabled : markers.disabled})`}
        className={edge.enabled ? (highlighted ? 'stroke-indigo-700' : 'stroke-indigo-500') : 'stroke-slate-400'}
      />
      <g data-route-label="">
        <rect
          x={label.x - label.width / 2}
          y={label.y - label.height / 2}
          width={label.width}
          height={label.height}
          rx={6}
          className={cn(highlighted ? 'fill-indigo-50' : 'fill-white', current ? 'stroke-indigo-600 stroke-2' : highlighted ? 'stroke-indigo-400' : 'stroke-slate-300')}
        />
        <text x={label.x} y={label.y} className={cn('map-route-text', highlighted ? 'fill-indigo-900' : edge.enabled ? 'fill-slate-700' : 'fill-slate-500')}>
          {label.text}
        </text>
      </g>
    </a>
  );
}
