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

/** What one customer message added: the turn's events and where the conversation stands after it. */
export interface Turn {
  activeAgentId: string;
  events: SessionEvent[];
  endedAt: string | null;
}

export function postMessage(sessionId: string, content: string): Promise<Turn> {
  return call(`/api/v1/sessions/${sessionId}/messages`, { method: 'POST', body: JSON.stringify({ content }) });
}

/** An agent's greeting as written: what a conversation with it will open with, shown before it exists. */
export async function fetchGreeting(agentId: string): Promise<string> {
  return (await call<{ greeting: string }>(`/api/v1/agents/${agentId}`)).greeting;
}

export interface CustomerMessage {
  /** The conversation so far, or null when this is its first message. */
  sessionId: string | null;
  startAgentId: string;
  content: string;
}

/**
 * Sends a customer message. Nothing is stored until the customer writes, so the first message starts the
 * session (which runs Pre-Session and stores the greeting, as any start does) and then goes to it;
 * `onStarted` hears of the new session before the turn is answered, so a failed turn is retried in it
 * rather than in yet another. A Pre-Session function may end it at once: then the message is not sent
 * (the turn is null) and the session shows how it ended.
 */
export async function sendCustomerMessage(message: CustomerMessage, onStarted: (session: SessionWithEvents) => void): Promise<{ sessionId: string; turn: Turn | null }> {
  if (message.sessionId) return { sessionId: message.sessionId, turn: await postMessage(message.sessionId, message.content) };
  const session = await startSession(message.startAgentId);
  onStarted(session);
  if (session.endedAt) return { sessionId: session.id, turn: null };
  return { sessionId: session.id, turn: await postMessage(session.id, message.content) };
}

/** The End conversation button. */
export function endConversation(sessionId: string): Promise<SessionEnded> {
  return call(`/api/v1/sessions/${sessionId}/end`, { method: 'POST', body: '{}' });
}
