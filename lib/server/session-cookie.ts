import { cookies, headers } from 'next/headers';
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

/** The client's address for rate limiting: the first hop a proxy names, else the socket's (not exposed: "local"). */
export async function clientAddress(): Promise<string> {
  const all = await headers();
  return all.get('x-forwarded-for')?.split(',')[0]?.trim() || all.get('x-real-ip') || 'local';
}
