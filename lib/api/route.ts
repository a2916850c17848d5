import type { NextResponse } from 'next/server';
import type { Permission } from '@/lib/auth/roles';
import type { ServiceContext } from '@/lib/domain/context';
import { getServiceContext } from '@/lib/server/context';
import { toErrorResponse } from './errors';
import { guardRequest } from './request-guard';

type RouteParams = Promise<Record<string, string>>;

/** Reads need `read`, anything else `edit`, unless the route says otherwise (Test Chat, API keys). */
const byMethod = (method: string): Permission => (method === 'GET' || method === 'HEAD' ? 'read' : 'edit');

/**
 * Wraps a route handler: authenticates the request and checks its role (401/403), gives the handler
 * the service context and the route params, and turns any thrown error into the API's JSON error
 * shape, so handlers stay a few lines each.
 */
export function apiRoute<P extends Record<string, string>>(
  handler: (request: Request, ctx: ServiceContext, params: P) => Promise<NextResponse | Response>,
  permission?: Permission,
) {
  return async (request: Request, route: { params: RouteParams }) => {
    // The HTTP server already refused these (lib/api/guard-http-server.ts); this covers a server without that hook.
    const refusal = guardRequest(request);
    if (refusal) return Response.json(refusal.body, { status: refusal.status, headers: refusal.headers });
    try {
      const ctx = await getServiceContext(permission ?? byMethod(request.method));
      return await handler(request, ctx, (await route.params) as P);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}
