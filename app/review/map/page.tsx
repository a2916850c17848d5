import { layoutHandoffGraph } from '@/lib/review/layout';
import { loadWorkspaceReview } from '@/lib/review/overview';
import { getServiceContext } from '@/lib/server/context';
import { HandoffMap } from '@/components/review/handoff-map';
import { RouteList } from '@/components/review/route-list';

export const metadata = { title: 'Handoff map · Review' };

export default async function HandoffMapPage() {
  const { graph } = await loadWorkspaceReview(await getServiceContext());
  // Laid out here, on the server: dagre never reaches the browser, which only draws the result.
  const layout = layoutHandoffGraph(graph);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        Each arrow is a configured handoff, labelled with the tool name the LLM calls; dashed arrows are disabled. Only configured
        routes are drawn.
      </p>
      <HandoffMap layout={layout} />
      <section aria-labelledby="routes-heading">
        <h2 id="routes-heading" className="mb-2 text-lg font-semibold">
          Routes
        </h2>
        <RouteList edges={graph.edges} />
      </section>
    </div>
  );
}
