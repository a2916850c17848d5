/** An agent's routing tests: the section of its Agentic Functions page. */
export function routingTestsHref(agentId: string): string {
  return `/integrations/agentic-functions/${agentId}#routing-tests`;
}

/** The workspace's routing tests page. */
export const ROUTING_TESTS_PAGE = '/routing-tests';
