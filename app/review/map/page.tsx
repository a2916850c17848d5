import { Link } from '@/components/ui/link';
import { z } from 'zod';
import { toDrawing } from '@/lib/review/layout';
import { cachedLayout } from '@/lib/review/layout-cache';
import { findAgentByName, focusView, FOCUS_DEPTHS, otherAgentsNamedLike, tooLargeNote, wholeMapFits, type FocusDepth } from '@/lib/review/map-focus';
import { loadHandoffGraph } from '@/lib/review/overview';
import { getPageContext } from '@/lib/server/page-context';
import { HandoffMap } from '@/components/review/handoff-map';
import { MapFocusForm } from '@/components/review/map-focus-form';

export const metadata = { title: 'Handoff map · Review' };

// A stale link still opens: an unknown agent or depth reads as none given.
const MapQuerySchema = z.object({
  agent: z.string().trim().min(1).max(100).optional().catch(undefined),
  q: z.string().trim().min(1).max(200).optional().catch(undefined),
  depth: z.coerce
    .number()
    .int()
    .min(1)
    .max(FOCUS_DEPTHS.length)
    .catch(1)
    .default(1)
    .transform((depth) => depth as FocusDepth),
});

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HandoffMapPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, { graph, agents }] = await Promise.all([searchParams, getPageContext().then(loadHandoffGraph)]);
  const query = MapQuerySchema.parse(Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const focus = query.q ? findAgentByName(agents, query.q) : agents.find((agent) => agent.id === query.agent);
  const alsoMatching = query.q ? otherAgentsNamedLike(agents, query.q, focus) : [];
  const canShowAll = wholeMapFits(graph);
  const focused = focus ? focusView(graph, focus.id, query.depth) : null;
  const shown = focused ? focused.graph : canShowAll ? graph : null;
  // In a focus view, an agent's box re-centres the map on it; the centred agent opens its functions.
  const view = shown && focus
    ? { ...shown, nodes: shown.nodes.map((node) => (node.id === focus.id ? node : { ...node, href: `/review/map?agent=${node.id}&depth=${query.depth}`, hrefPurpose: 'centre the map on it' })) }
    : shown;
  // Laid out on the server and cached per configuration: layout code never reaches the browser, nor runs per request.
  const layout = view ? cachedLayout(view, focus?.id) : null;

  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        Each arrow is a configured handoff, labelled with the tool name the LLM calls; dashed arrows are disabled. Only configured
        routes are drawn.{focus && ' Select a neighbour to centre the map on it.'}
      </p>
      <MapFocusForm agents={agents} query={focus?.name ?? query.q ?? ''} depth={query.depth} canShowAll={canShowAll} focused={Boolean(focus)} />
      {query.q && !focus && <p role="status" className="text-sm text-rose-700">No agent is named like “{query.q}”.</p>}
      {focus && (
        <p role="status" className="text-sm text-slate-700">
          {focus.name}, the agents handing off to it and those it hands off to, up to {routesAway(focused?.depth ?? 1)} away: {shown?.nodes.length}{' '}
          agents, {shown?.edges.length} routes.
          {focused?.cutFrom &&
            ` At ${routesAway(focused.cutFrom.depth)} it has ${focused.cutFrom.agents} agents and ${focused.cutFrom.routes} routes, more than one map can show readably, so the map shows ${routesAway(focused.depth)}.`}
        </p>
      )}
      {alsoMatching.length > 0 && (
        <p className="text-sm text-slate-700">
          Also named like “{query.q}”:{' '}
          {alsoMatching.slice(0, 10).map((agent, index) => (
            <span key={agent.id}>
              {index > 0 && ', '}
              <Link href={`/review/map?agent=${agent.id}&depth=${query.depth}`} className="text-indigo-700 underline">
                {agent.name}
              </Link>
            </span>
          ))}
          {alsoMatching.length > 10 && ` and ${alsoMatching.length - 10} more`}.
        </p>
      )}
      {layout ? <HandoffMap layout={toDrawing(layout)} focus={focus && { id: focus.id, name: focus.name }} /> : <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{tooLargeNote(graph)}</p>}
    </div>
  );
}

function routesAway(depth: number): string {
  return depth === 1 ? '1 route' : `${depth} routes`;
}
