import { DEFAULT_PAGE_SIZE } from '@/lib/paging/page';

/** An agent's routing tests: the section of its Agentic Functions page. */
export function routingTestsHref(agentId: string): string {
  return `/integrations/agentic-functions/${agentId}#routing-tests`;
}

/** The workspace's routing tests page. */
export const ROUTING_TESTS_PAGE = '/routing-tests';

/** The routing tests page at a view: one agent's tests (every agent's without), a page of them, a page of runs. */
export function routingTestsPageHref(view: { agent?: string; page?: number; size?: number; runs?: number }): string {
  const params = new URLSearchParams();
  if (view.agent) params.set('agent', view.agent);
  if (view.page && view.page > 1) params.set('page', String(view.page));
  if (view.size && view.size !== DEFAULT_PAGE_SIZE) params.set('size', String(view.size));
  if (view.runs && view.runs > 1) params.set('runs', String(view.runs));
  return params.size ? `${ROUTING_TESTS_PAGE}?${params}` : ROUTING_TESTS_PAGE;
}
