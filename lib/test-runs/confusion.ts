/** The axis key of "No handoff": expected to stay, or stayed with the start agent. */
export const NO_HANDOFF = null;

export interface ConfusionTable {
  /** One axis for rows (expected) and columns (reached): agent ids in order of first appearance, then NO_HANDOFF if it occurs. */
  agents: (string | null)[];
  /** counts[row][column]: cases expected to reach agents[row] that reached agents[column]. */
  counts: number[][];
}

/**
 * Expected versus reached agent over a run's results: the diagonal holds the passes, and a large
 * off-diagonal cell names two handoffs that steal each other's customers. Pure.
 */
export function confusionTable(results: readonly { expect: { handoffTo: string | null }; reached: string | null }[]): ConfusionTable {
  const order: string[] = [];
  let stays = false;
  const note = (key: string | null) => {
    if (key === null) stays = true;
    else if (!order.includes(key)) order.push(key);
  };
  for (const result of results) {
    note(result.expect.handoffTo);
    note(result.reached);
  }
  const agents: (string | null)[] = stays ? [...order, NO_HANDOFF] : order;
  const position = new Map(agents.map((key, index) => [key, index]));
  const counts = agents.map(() => agents.map(() => 0));
  for (const result of results) {
    const row = counts[position.get(result.expect.handoffTo) as number] as number[];
    const column = position.get(result.reached) as number;
    row[column] = (row[column] as number) + 1;
  }
  return { agents, counts };
}
