/** Where a function is edited: its agent's page, scrolled to its row. */
export function functionHref(fn: { id: string; agentId: string }): string {
  return `/integrations/agentic-functions/${fn.agentId}#fn-${fn.id}`;
}

/** An agent's functions page. */
export function agentHref(agentId: string): string {
  return `/integrations/agentic-functions/${agentId}`;
}

/** A function's own history, which outlives it. */
export function functionHistoryHref(functionId: string): string {
  return `/review/history/${functionId}`;
}
