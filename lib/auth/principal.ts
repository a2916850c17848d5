import type { ApiKeyRole, Role } from './roles';

/** Who a request acts as: a signed-in person, or an API key of one workspace. */
export type Principal =
  | { kind: 'user'; userId: string; email: string; name: string; role: Role }
  | { kind: 'api_key'; keyId: string; name: string; role: ApiKeyRole };

/** How the audit log and history name the actor of a change. */
export function actorLabel(principal: Principal): string {
  return principal.kind === 'user' ? principal.email : `API key “${principal.name}”`;
}
