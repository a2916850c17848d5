import type { LlmTool } from '@/lib/domain/llm-tool';

/**
 * The one small interface every LLM engine implements. The conversation engine builds the input from
 * the active agent, the context its handoff passed, and the registry's tools; the LLM engine decides.
 */

// The tool shape lives in lib/domain so the function-type registry need not import the engines.
export type { JsonSchemaObject, LlmToolDefinition } from '@/lib/domain/llm-tool';
/** A tool offered for one decision. */
export type EngineTool = LlmTool;

export interface EngineMessage {
  role: 'user' | 'assistant';
  content: string;
  /** The agent that spoke, for assistant messages. */
  agentName?: string;
}

export interface EngineAgent {
  name: string;
  description: string;
  instructions: string;
  greeting: string;
}

export interface DecideInput {
  agent: EngineAgent;
  /** Oldest first; the last one is normally the user's newest message. */
  messages: EngineMessage[];
  tools: EngineTool[];
  /**
   * Tools this agent called during the current message whose results came back (a Custom Function's
   * webhook), oldest first: they follow `messages`, and the LLM now replies using them.
   */
  toolResults?: ToolResult[];
  signal?: AbortSignal;
}

/** A tool call and what it answered, as the LLM reads it back. */
export interface ToolResult {
  call: ToolCall;
  /** The trimmed result, or the function's error message when the call failed. */
  content: string;
  ok: boolean;
}

/** How strongly one tool matched, and on which words: the "why" shown beside a handoff. */
export interface ToolScore {
  toolName: string;
  score: number;
  matched: string[];
}

export interface DecisionWhy {
  /** One readable sentence. */
  summary: string;
  /** Every offered tool's score, best first (the simulated model always fills this). */
  scores?: ToolScore[];
}

export interface ToolCall {
  id: string;
  name: string;
  /** Parsed arguments; handoff tools take `{ reason: string }`. */
  arguments: Record<string, unknown>;
}

export type Decision =
  | { type: 'reply'; text: string; why: DecisionWhy }
  | { type: 'tool_calls'; calls: ToolCall[]; why: DecisionWhy; text?: string };

export type EngineId = 'simulated' | 'openai-compatible';

export interface LlmEngine {
  readonly id: EngineId;
  /** Shown on the chat page, e.g. "Simulated model (built-in)" or "gpt-4o-mini at https://…". */
  readonly label: string;
  decide(input: DecideInput): Promise<Decision>;
  /**
   * Optional: get ready for decisions with this agent and these tools (build indexes, embed texts)
   * so the next message does not wait for it. Called after a configuration is saved.
   */
  prepare?(input: Pick<DecideInput, 'agent' | 'tools'>): Promise<void>;
  /**
   * Optional: get ready for decisions on these customer messages (the simulated model embeds them
   * together, cheaper than one by one). A routing test run calls it ahead of its cases.
   */
  prepareMessages?(texts: readonly string[]): Promise<void>;
}
