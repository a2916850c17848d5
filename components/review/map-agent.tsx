import type { FocusEventHandler } from 'react';
import type { PlacedNode } from '@/lib/review/layout';
import { cn } from '@/components/ui/cn';

interface MapAgentProps {
  node: PlacedNode;
  highlighted: boolean;
  dimmed: boolean;
  onEnter: () => void;
  onLeave: () => void;
  onFocus: FocusEventHandler<Element>;
  onBlur: () => void;
}

/** One agent as a box with its name; a link to its functions (or, in a focus view, to the map centred on it). */
export function MapAgent({ node, highlighted, dimmed, onEnter, onLeave, onFocus, onBlur }: MapAgentProps) {
  return (
    <a
      href={node.href}
      aria-label={`${node.name}: ${node.hrefPurpose ?? 'open its functions'}`}
      data-agent={node.id}
      data-highlighted={highlighted || undefined}
      data-dimmed={dimmed || undefined}
      onMouseEnter={onEnter}
      onMouseLeave={onLeave}
      onFocus={onFocus}
      onBlur={onBlur}
      className={cn('map-agent group', dimmed && 'opacity-40')}
    >
      <title>{node.name}</title>
      <rect
        x={node.x - node.width / 2}
        y={node.y - node.height / 2}
        width={node.width}
        height={node.height}
        rx={8}
        className={cn(
          highlighted ? 'fill-indigo-50 stroke-indigo-500' : 'fill-white stroke-slate-300',
          'group-hover:stroke-indigo-500 group-focus-visible:stroke-indigo-600 group-focus-visible:stroke-2',
        )}
      />
      <text x={node.x} y={node.y} className="map-agent-text">
        {node.shownName}
      </text>
    </a>
  );
}
