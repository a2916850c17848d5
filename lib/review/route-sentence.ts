import type { MapEdge } from './graph';

/** "General Support → Billing via transfer_to_billing: …": a route as one sentence, for lists and screen readers. */
export function describeRoute(edge: MapEdge): string {
  return `${edge.fromName} → ${edge.toName} via ${edge.toolName}${edge.enabled ? '' : ' (disabled)'}: ${edge.description}`;
}
