'use client';

import { useState } from 'react';
import type { MapLayout } from '@/lib/review/layout';
import { describeRoute } from '@/lib/review/route-sentence';

/**
 * The handoff map as SVG: agents are links to their functions, routes are links to the handoff,
 * each with a <title>; hovering or focusing a route shows its description below the map.
 */
export function HandoffMap({ layout }: { layout: MapLayout }) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = layout.edges.find((edge) => edge.id === activeId);
  return (
    <figure className="space-y-2">
      <div className="overflow-auto rounded-xl border border-slate-200 bg-white p-2 shadow-sm">
        <svg
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label="Handoff map"
          className="font-sans"
        >
          <defs>
            <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-indigo-500" />
            </marker>
            <marker id="map-arrow-muted" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className="fill-slate-400" />
            </marker>
          </defs>
          <g>
            {layout.edges.map((edge) => {
              const sentence = describeRoute(edge);
              const isActive = edge.id === activeId;
              return (
                <a
                  key={edge.id}
                  href={edge.href}
                  aria-label={sentence}
                  data-route={`${edge.fromName} → ${edge.toName}`}
                  onMouseEnter={() => setActiveId(edge.id)}
                  onMouseLeave={() => setActiveId((current) => (current === edge.id ? null : current))}
                  onFocus={() => setActiveId(edge.id)}
                  onBlur={() => setActiveId((current) => (current === edge.id ? null : current))}
                  className="cursor-pointer outline-none"
                >
                  <title>{sentence}</title>
                  {/* A wide transparent stroke makes the thin arrow easy to hover and click. */}
                  <path d={edge.path} fill="none" stroke="transparent" strokeWidth={12} />
                  <path
                    d={edge.path}
                    fill="none"
                    strokeWidth={isActive ? 2.5 : 1.5}
                    strokeDasharray={edge.enabled ? undefined : '6 4'}
                    markerEnd={`url(#${edge.enabled ? 'map-arrow' : 'map-arrow-muted'})`}
                    className={edge.enabled ? 'stroke-indigo-500' : 'stroke-slate-400'}
                  />
                  <rect
                    x={edge.label.x - edge.label.width / 2}
                    y={edge.label.y - edge.label.height / 2}
                    width={edge.label.width}
                    height={edge.label.height}
                    rx={3}
                    className={isActive ? 'fill-indigo-50 stroke-indigo-600' : 'fill-white stroke-transparent'}
                  />
                  <text
                    x={edge.label.x}
                    y={edge.label.y}
                    textAnchor="middle"
                    dominantBaseline="central"
                    className={`font-mono text-[11px] ${edge.enabled ? 'fill-slate-700' : 'fill-slate-400'}`}
                  >
                    {edge.toolName}
                  </text>
                </a>
              );
            })}
          </g>
          <g>
            {layout.nodes.map((node) => (
              <a key={node.id} href={node.href} aria-label={`${node.name}: open its functions`} className="group outline-none">
                <title>{node.name}</title>
                <rect
                  x={node.x - node.width / 2}
                  y={node.y - node.height / 2}
                  width={node.width}
                  height={node.height}
                  rx={8}
                  className="fill-white stroke-slate-300 group-hover:stroke-indigo-500 group-focus-visible:stroke-indigo-600 group-focus-visible:stroke-2"
                />
                <text x={node.x} y={node.y} textAnchor="middle" dominantBaseline="central" className="fill-slate-900 text-[13px] font-medium">
                  {node.shownName}
                </text>
              </a>
            ))}
          </g>
        </svg>
      </div>
      <figcaption aria-live="polite" className="min-h-10 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700">
        {active ? describeRoute(active) : 'Hover over or focus a route to read the description the LLM decides with. Select an agent to open its functions.'}
      </figcaption>
    </figure>
  );
}
