import { createHash } from 'node:crypto';
import type { HandoffGraph } from './graph';
import { layoutFocusView } from './focus-layout';
import { layoutHandoffGraph, type MapLayout } from './layout';

const MAX_LAYOUTS = 32;
// On globalThis: Next may load this module more than once (one copy per chunk), and they must share one cache.
const CACHE_KEY = Symbol.for('switchboard.map-layouts');
type LayoutCache = Map<string, MapLayout>;
const cache: LayoutCache = ((globalThis as Record<symbol, unknown>)[CACHE_KEY] as LayoutCache | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[CACHE_KEY] = cache;

/**
 * The layout of a graph, computed once per configuration: the key is a hash of everything the layout
 * reads (agents, routes, names, tool names, enabled, the focused agent), so any saved change lays the map
 * out afresh and every other request reuses it. A few recent layouts are kept (whole map and focus views).
 * A focus view is laid out in columns around `focusId`; the whole map by dagre.
 */
export function cachedLayout(graph: HandoffGraph, focusId?: string): MapLayout {
  const key = `${focusId ?? ''}\0${fingerprint(graph)}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const layout = focusId === undefined ? layoutHandoffGraph(graph) : layoutFocusView(graph, focusId);
  cache.set(key, layout);
  if (cache.size > MAX_LAYOUTS) cache.delete(cache.keys().next().value as string);
  return layout;
}

function fingerprint(graph: HandoffGraph): string {
  const hash = createHash('sha256');
  for (const node of graph.nodes) hash.update(`n\0${node.id}\0${node.name}\0${node.href}\0${node.hrefPurpose ?? ''}\n`);
  for (const edge of graph.edges) hash.update(`e\0${edge.id}\0${edge.from}\0${edge.to}\0${edge.fromName}\0${edge.toName}\0${edge.toolName}\0${edge.enabled}\0${edge.description}\0${edge.href}\n`);
  return hash.digest('hex');
}
