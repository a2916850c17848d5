import { Link } from '@/components/ui/link';
import type { MapEdge } from '@/lib/review/graph';
import { describeRoute } from '@/lib/review/route-sentence';

/** The map's routes as text: what a screen reader (or anyone) reads instead of the drawing. */
export function RouteList({ edges }: { edges: MapEdge[] }) {
  if (edges.length === 0) return <p className="text-sm text-slate-600">No handoffs are configured yet.</p>;
  return (
    <ul aria-label="Routes" className="space-y-1 text-sm">
      {edges.map((edge) => (
        <li key={edge.id} className={edge.enabled ? 'text-slate-800' : 'text-slate-500'}>
          <Link href={edge.href} className="hover:underline">
            {describeRoute(edge)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
