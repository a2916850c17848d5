import { DEFAULT_PAGE_SIZE } from '@/lib/paging/page';

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

/** The workspace's history, of one kind of entity, on a page; `entry` opens the page holding that change, scrolled to it. */
export function workspaceHistoryHref(view: { entity?: string; page?: number; size?: number; entry?: string }): string {
  const params = new URLSearchParams();
  if (view.entity) params.set('entity', view.entity);
  if (view.entry) params.set('entry', view.entry);
  else if (view.page && view.page > 1) params.set('page', String(view.page));
  if (view.size && view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  const path = params.size ? `/review/history?${params}` : '/review/history';
  return view.entry ? `${path}#${view.entry}` : path;
}
