'use client';

import { useId, useMemo, useState, type FocusEvent } from 'react';
import type { MapDrawing } from '@/lib/review/layout';
import { describeAgentRoutes, highlightOf, type MapFocus } from '@/lib/review/map-highlight';
import { viewTransform } from '@/lib/review/map-view';
import { describeRoute } from '@/lib/review/route-sentence';
import { MapAgent } from './map-agent';
import { MapControls } from './map-controls';
import { MapRoute } from './map-route';
import { RouteList } from './route-list';
import { useMapView } from './use-map-view';

const IDLE_CAPTION = 'Hover over or focus an agent to see its routes, or a route to read the description the LLM decides with. Select either to open it.';

/**
 * The handoff map as SVG, fitted to its box and zoomable: agents are links to their functions, routes are
 * links to the handoff. Hovering or focusing one highlights it and what it connects, and describes it below.
 * Draws whatever layout it is given, so a subset of the workspace works the same. The routes are listed
 * as text below it from the same props, so the page does not carry them a second time.
 */
export function HandoffMap({ layout, focus }: { layout: MapDrawing; focus?: { id: string; name: string } }) {
  const size = useMemo(() => ({ width: Math.max(1, layout.width), height: Math.max(1, layout.height) }), [layout.width, layout.height]);
  const { view, svgRef, zoomIn, zoomOut, reset, pan, reveal, onKeyDown, dragHandlers } = useMapView(size);
  // Pointer and keyboard are tracked apart: the pointer wins while it rests on something, then focus shows again.
  const [hovered, setHovered] = useState<MapFocus>(null);
  const [focused, setFocused] = useState<MapFocus>(null);
  const target = hovered ?? focused;
  const highlight = highlightOf(layout.edges, target);
  const id = useId().replace(/[^\w-]/g, '');
  const markers = { enabled: `${id}-arrow`, disabled: `${id}-arrow-muted` };

  // A focus view lists the focused agent's own routes (to it and from it); its neighbours' are on the map.
  const listed = focus ? layout.edges.filter((edge) => edge.from === focus.id || edge.to === focus.id) : layout.edges;
  const unlisted = layout.edges.length - listed.length;

  if (layout.nodes.length === 0) return <p className="text-sm text-slate-600">No agents yet: the map appears once there are agents.</p>;

  const track = (item: NonNullable<MapFocus>, box: { x: number; y: number; width: number; height: number }) => {
    const clear = (current: MapFocus) => (current?.kind === item.kind && current.id === item.id ? null : current);
    return {
      onEnter: () => setHovered(item),
      onLeave: () => setHovered(clear),
      onFocus: (event: FocusEvent<Element>) => {
        // The newest move wins: focusing takes over from wherever the pointer rests.
        setHovered(null);
        setFocused(item);
        // Tabbing to something out of sight pans to it; a click (not focus-visible) never moves what is under the pointer.
        if (event.currentTarget.matches(':focus-visible')) reveal(box);
      },
      onBlur: () => setFocused(clear),
    };
  };

  return (
    <>
      <figure className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <MapControls scale={view.scale} onZoomIn={zoomIn} onZoomOut={zoomOut} onReset={reset} onPan={pan} />
          <p id={`${id}-keys`} className="text-xs text-slate-600">
            On the focused map: + and − zoom, arrow keys pan, 0 resets; drag to pan, Ctrl + scroll to zoom.
          </p>
        </div>
        <div
          role="group"
          aria-label="Handoff map"
          aria-describedby={`${id}-keys`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          className="rounded-xl border border-slate-200 bg-white p-2 shadow-sm"
        >
          <svg
            ref={svgRef}
            viewBox={`0 0 ${size.width} ${size.height}`}
            preserveAspectRatio="xMidYMid meet"
            className="block w-full cursor-grab select-none font-sans active:cursor-grabbing"
            style={{ aspectRatio: `${size.width} / ${size.height}`, maxHeight: `min(70vh, ${size.height * 2}px)` }}
            {...dragHandlers}
          >
            <defs>
              <ArrowMarker id={markers.enabled} className="fill-indigo-500" />
              <ArrowMarker id={markers.disabled} className="fill-slate-400" />
            </defs>
            <g data-map-viewport="" transform={viewTransform(view)}>
              <g data-map-drawing="">
                <g>
                  {layout.edges.map((edge) => (
                    <MapRoute
                      key={edge.id}
                      edge={edge}
                      markers={markers}
                      highlighted={highlight?.routes.has(edge.id) ?? false}
                      dimmed={highlight !== null && !highlight.routes.has(edge.id)}
                      current={target?.kind === 'route' && target.id === edge.id}
                      {...track({ kind: 'route', id: edge.id }, edge.label)}
                    />
                  ))}
                </g>
                <g>
                  {layout.nodes.map((node) => (
                    <MapAgent
                      key={node.id}
                      node={node}
                      highlighted={highlight?.agents.has(node.id) ?? false}
                      dimmed={highlight !== null && !highlight.agents.has(node.id)}
                      {...track({ kind: 'agent', id: node.id }, node)}
                    />
                  ))}
                </g>
              </g>
            </g>
          </svg>
        </div>
        <figcaption aria-live="polite" className="min-h-10 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
          {caption(layout, target)}
        </figcaption>
      </figure>
      <section aria-labelledby={`${id}-routes`}>
        <h2 id={`${id}-routes`} className="mb-2 text-lg font-semibold">
          {focus ? `Routes of ${focus.name}` : 'Routes'}
        </h2>
        <RouteList edges={listed} />
        {unlisted > 0 && (
          <p className="mt-2 text-sm text-slate-600">
            {unlisted === 1 ? '1 more route among its neighbours is' : `${unlisted} more routes among its neighbours are`} drawn above: select an
            agent to centre the map on it and list its own.
          </p>
        )}
      </section>
    </>
  );
}

function caption(layout: MapDrawing, target: MapFocus): string {
  if (target?.kind === 'route') {
    const edge = layout.edges.find((candidate) => candidate.id === target.id);
    if (edge) return describeRoute(edge);
  }
  if (target?.kind === 'agent') {
    const node = layout.nodes.find((candidate) => candidate.id === target.id);
    if (node) return describeAgentRoutes(node, layout.edges);
  }
  return IDLE_CAPTION;
}

function ArrowMarker({ id, className }: { id: string; className: string }) {
  // In map units rather than stroke widths, so a highlighted (thicker) arrow keeps the same head.
  return (
    <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
      <path d="M0,0 L10,5 L0,10 z" className={className} />
    </marker>
  );
}
