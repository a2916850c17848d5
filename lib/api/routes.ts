/**
 * Every route under app/api and the methods its route.ts exports, so a request can be answered 404 or
 * 405 in the API's JSON shape before Next routes it. A unit test keeps this in step with app/api.
 */
export interface ApiRoute {
  /** The path with `:id` for a dynamic segment (`[agentId]`). */
  path: string;
  methods: readonly string[];
}

export const API_ROUTES: readonly ApiRoute[] = [
  { path: '/api/health', methods: ['GET'] },
  { path: '/api/v1/agents', methods: ['GET', 'POST'] },
  { path: '/api/v1/agents/:id', methods: ['GET', 'PATCH', 'DELETE'] },
  { path: '/api/v1/agents/:id/functions', methods: ['GET', 'POST'] },
  { path: '/api/v1/agents/:id/tests', methods: ['GET', 'POST'] },
  { path: '/api/v1/agents/:id/tests/preview', methods: ['POST'] },
  { path: '/api/v1/agents/:id/tests/csv', methods: ['GET', 'POST'] },
  { path: '/api/v1/agents/:id/tools', methods: ['GET'] },
  { path: '/api/v1/api-keys', methods: ['GET', 'POST'] },
  { path: '/api/v1/api-keys/:id', methods: ['DELETE'] },
  { path: '/api/v1/functions/:id', methods: ['GET', 'PATCH', 'DELETE'] },
  { path: '/api/v1/functions/:id/test-call', methods: ['POST'] },
  { path: '/api/v1/sessions', methods: ['GET', 'POST'] },
  { path: '/api/v1/sessions/:id', methods: ['GET'] },
  { path: '/api/v1/sessions/:id/messages', methods: ['POST'] },
  { path: '/api/v1/sessions/:id/end', methods: ['POST'] },
  { path: '/api/v1/test-runs', methods: ['GET', 'POST'] },
  { path: '/api/v1/test-runs/:id', methods: ['GET'] },
  { path: '/api/v1/test-runs/:id/cancel', methods: ['POST'] },
  { path: '/api/v1/tests/:id', methods: ['GET', 'PATCH', 'DELETE'] },
  { path: '/api/v1/webhook-secret', methods: ['GET'] },
  { path: '/api/v1/webhook-secret/rotate', methods: ['POST'] },
  { path: '/api/v1/workspace/export', methods: ['GET'] },
  { path: '/api/v1/workspace/import', methods: ['POST'] },
];

/** The route a path belongs to (a trailing slash ignored), or undefined. */
export function matchApiRoute(pathname: string): ApiRoute | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/');
  return API_ROUTES.find((route) => {
    const pattern = route.path.split('/');
    return pattern.length === segments.length && pattern.every((part, i) => part === ':id' ? segments[i] !== '' : part === segments[i]);
  });
}

/** What `Allow` says for a route: its methods, HEAD with GET (Next answers it), and OPTIONS. */
export function allowedMethods(route: ApiRoute): string[] {
  const methods = [...route.methods];
  if (methods.includes('GET')) methods.push('HEAD');
  methods.push('OPTIONS');
  return methods;
}
