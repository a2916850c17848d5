import type { FunctionCallEvent, SessionEndEvent } from '@/lib/domain/function-call-events';
import type { ToolScore } from './engines/types';

export type { FunctionCallEvent, SessionEndEvent };

/**
 * The transcript's event kinds, as stored in session_events.payload and returned by the API.
 * Every reading of a session — the chat pane, the history view, the JSON API — is a reading of these.
 */
export type MessageKind = 'user' | 'reply' | 'greeting' | 'transfer';

export interface MessageEvent {
  type: 'message';
  role: 'user' | 'assistant';
  agentId: string;
  content: string;
  kind: MessageKind;
}

export interface ToolCallEvent {
  type: 'tool_call';
  agentId: string;
  toolName: string;
  arguments: Record<string, unknown>;
  /** What became of the call: it handed off, ended the session, was called (its result went back to the LLM), was ignored (not the first), rejected (not offered) or blocked by a guard. */
  result: 'handoff' | 'ended' | 'called' | 'ignored' | 'rejected' | 'blocked';
}

export interface HandoffEvent {
  type: 'handoff';
  fromAgentId: string;
  toAgentId: string;
  functionId: string;
  toolName: string;
  reason: string;
  /** The engine's account of the decision: the simulated model's per-tool scores and matched words. */
  summary: string;
  scores?: ToolScore[];
  context: { mode: 'full' | 'last_n'; lastN?: number; messagesPassed: number };
}

export interface GuardEvent {
  type: 'guard';
  agentId: string;
  code: 'max_handoffs' | 'ping_pong' | 'multiple_calls' | 'unknown_tool' | 'max_tool_calls';
  message: string;
  /** When the guard stopped the chain: the agent that was then asked, without tools, and answered. */
  answeredBy?: string;
}

export interface ErrorEvent {
  type: 'error';
  agentId: string;
  message: string;
}

export type SessionEventData = MessageEvent | ToolCallEvent | HandoffEvent | GuardEvent | ErrorEvent | FunctionCallEvent | SessionEndEvent;

/** A stored event: its data plus identity and order. */
export type SessionEvent = SessionEventData & { id: string; seq: number; createdAt: string };
