import type { SessionEvent } from '@/lib/conversation/events';
import { TRANSCRIPT_PAGE_SIZE } from '@/lib/sessions/limits';
import type { SessionEnded } from '@/lib/sessions/end-session';
import type { SessionWithEvents } from '@/lib/sessions/service';

/** The chat pane talks to the same JSON API as any other client. */
export async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init?.headers } });
  const body = (await response.json().catch(() => null)) as (T & { error?: { message?: string; fieldErrors?: Record<string, string[]> } }) | null;
  if (!response.ok) {
    const fieldMessage = body?.error?.fieldErrors ? Object.values(body.error.fieldErrors).flat()[0] : undefined;
    throw new Error(fieldMessage ?? body?.error?.message ?? `The server answered ${response.status}.`);
  }
  return body as T;
}

export const sessionKey = (sessionId: string | null) => ['session', sessionId] as const;

export function startSession(agentId: string): Promise<SessionWithEvents> {
  return call('/api/v1/sessions', { method: 'POST', body: JSON.stringify({ agentId }) });
}

/** The session with its newest page of events: a continued long session loads no more than that. */
export function fetchSession(sessionId: string): Promise<SessionWithEvents> {
  return call(`/api/v1/sessions/${sessionId}?limit=${TRANSCRIPT_PAGE_SIZE}`);
}

export function postMessage(sessionId: string, content: string): Promise<{ activeAgentId: string; events: SessionEvent[]; endedAt: string | null }> {
  return call(`/api/v1/sessions/${sessionId}/messages`, { method: 'POST', body: JSON.stringify({ content }) });
}

/** The End conversation button. */
export function endConversation(sessionId: string): Promise<SessionEnded> {
  return call(`/api/v1/sessions/${sessionId}/end`, { method: 'POST', body: '{}' });
}
