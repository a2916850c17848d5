import { cookies, headers } from 'next/headers';
import { CLIENT_ADDRESS_HEADER } from '@/lib/api/client-address';
import { SESSION_COOKIE } from '@/lib/auth/sessions';
import { COOKIE_MAX_AGE_SECONDS, WORKSPACE_COOKIE } from './cookies';

/** Secure cookies only where the browser reached us over https (directly or through a TLS proxy). */
async function overHttps(): Promise<boolean> {
  const proto = (await headers()).get('x-forwarded-proto')?.split(',')[0]?.trim();
  return proto === 'https';
}

/** http-only (scripts cannot read it) and SameSite=Lax (other sites' forms and fetches do not carry it). */
export async function setSessionCookie(token: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await overHttps(),
    path: '/',
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

/** Which workspace the browser works in; only a hint, checked against the memberships on every request. */
export async function setWorkspaceCookie(workspaceId: string): Promise<void> {
  (await cookies()).set(WORKSPACE_COOKIE, workspaceId, {
    httpOnly: true,
    sameSite: 'lax',
    secure: await overHttps(),
    path: '/',
    maxAge: COOKIE_MAX_AGE_SECONDS,
  });
}

/**
 * The client's address for rate limiting, as the HTTP server's guard decided it (lib/api/client-address.ts):
 * never a header the client chose. Without the guard (a server that did not install it) every client is "local".
 */
export async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? 'local';
}
