/**
 * What calling a function's tool does to a conversation, as the turn loop applies it. A function type
 * answers a call with one of these, so the turn loop switches on effect kinds and never on type names.
 */
import type { FunctionCallEvent } from './function-call-events';

/** The conversation a tool is called in; absent where no conversation is kept (routing test runs). */
export interface ToolCallSession {
  workspaceId: string;
  sessionId: string;
  variables: Record<string, string>;
  /** The workspace's webhook signing secret, read on first need. */
  signingSecret: () => Promise<string>;
}

/** One call of a tool, as the type reads it. */
export interface ToolCallInput {
  /** The arguments the LLM passed, parsed. */
  arguments: Record<string, unknown>;
  /** The engine's one-sentence account of why it called the tool. */
  summary: string;
  /** The function called and the agent calling it (the turn loop fills these in). */
  functionId?: string;
  agent?: { id: string; name: string };
  session?: ToolCallSession;
}

/** The conversation moves to another agent, which then decides in turn. */
export interface SwitchAgentEffect {
  kind: 'switch_agent';
  targetAgentId: string;
  targetName: string;
  /** Why, in one sentence, shown to the admin. */
  reason: string;
  /** Said by the agent handing off before it goes; empty: nothing said. */
  transferMessage: string;
  /** Said by the target on arrival; empty: it does not greet. */
  greeting: string;
  /** How much of the conversation the target's LLM sees. */
  context: { mode: 'full' | 'last_n'; lastN?: number };
}

/** The agent says a closing message and the conversation ends. */
export interface EndSessionEffect {
  kind: 'end_conversation';
  message: string;
}

/** The tool ran (a Custom Function's webhook) and its result goes back to the same LLM, which then replies. */
export interface ToolResultEffect {
  kind: 'tool_result';
  /** What the LLM reads: the trimmed result, or the function's error message when the call failed. */
  content: string;
  ok: boolean;
  /** The call as the transcript records it. */
  event: FunctionCallEvent;
}

export type TurnEffect = SwitchAgentEffect | EndSessionEffect | ToolResultEffect;
