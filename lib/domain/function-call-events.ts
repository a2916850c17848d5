/**
 * The transcript events of functions that run outside the turn loop's handoffs (Custom Function calls,
 * the end of a session). Here, below both lib/conversation and lib/function-types, so a type's
 * definition can return them without importing the conversation.
 */

/** One call of a Custom Function's webhook, in any phase: what was sent, what came back, how long it took. */
export interface FunctionCallEvent {
  type: 'function_call';
  agentId: string;
  functionId: string;
  /** The function's name (its tool name During-Session). */
  name: string;
  phase: 'pre_session' | 'during_session' | 'post_session';
  request: { url: string; method: 'POST'; body: Record<string, unknown> };
  /** HTTP status, or null when no answer came (timeout, refused connection, refused address). */
  status: number | null;
  durationMs: number;
  /** The answer (trimmed, size-limited) when the call succeeded. */
  result?: unknown;
  /** What went wrong, in words an admin can act on. */
  error?: string;
  /** `background`: the conversation did not wait for it. */
  mode: 'wait' | 'background';
}

/** The conversation ended: by the agent's End Session tool, the End conversation button, or a Pre-Session block. */
export interface SessionEndEvent {
  type: 'session_end';
  agentId: string;
  by: 'agent' | 'user' | 'pre_session';
  /** The closing message said, if any. */
  message: string;
}
